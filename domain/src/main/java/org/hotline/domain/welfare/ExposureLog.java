package org.hotline.domain.welfare;

import java.time.Instant;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where each analyst's exposure is logged: their spells of time in assessment, the items they assessed, their reveals. */
@SecondaryPort
public interface ExposureLog {

    void began(Spell spell);

    /** Ends the spell the analyst began on the case at {@code start}; nothing when there is none, or it has ended. */
    void ended(StaffId analyst, CaseId caseId, Instant start, Instant at, Spell.Ending how);

    void record(Exposure exposure);

    /**
     * The spells that may count time between {@code from} and {@code to}: begun before {@code to}, and neither ended
     * nor capped at or before {@code from}.
     *
     * @param analyst one analyst's spells, or everyone's
     */
    Seq<Spell> spells(Option<StaffId> analyst, Instant from, Instant to);

    /** The exposures from {@code from} (included) to {@code to} (not included), of one analyst or of everyone. */
    Seq<Exposure> exposures(Option<StaffId> analyst, Instant from, Instant to);
}
