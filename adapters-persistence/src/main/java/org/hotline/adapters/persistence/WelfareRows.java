package org.hotline.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.welfare.Exposure;
import org.hotline.domain.welfare.LimitLift;
import org.hotline.domain.welfare.Spell;

/**
 * The rows of the exposure log and of lifted limits, as stored, and their explicit mapping to the domain. The records
 * are public only because Jdbi binds and maps them by reflection; nothing outside this adapter uses them.
 */
public final class WelfareRows {

    private WelfareRows() {
    }

    public record SpellRow(UUID analyst, UUID caseId, Instant startedAt, Instant capAt, Instant endedAt, String ending) {
    }

    public record ExposureRow(UUID analyst, String kind, UUID caseId, Instant at) {
    }

    public record LiftRow(UUID analyst, LocalDate day, UUID liftedBy, Instant liftedAt, String reason) {
    }

    static SpellRow toRow(Spell spell) {
        return new SpellRow(spell.analyst().value(), spell.caseId().value(), spell.start(), spell.cap(),
                spell.end().getOrNull(), spell.ending().map(Enum::name).getOrNull());
    }

    static Spell toSpell(SpellRow row) {
        return new Spell(new StaffId(row.analyst()), new CaseId(row.caseId()), row.startedAt(), row.capAt(),
                Option.of(row.endedAt()), Option.of(row.ending()).map(Spell.Ending::valueOf));
    }

    static ExposureRow toRow(Exposure exposure) {
        return new ExposureRow(exposure.analyst().value(), exposure.kind().name(), exposure.caseId().value(), exposure.at());
    }

    static Exposure toExposure(ExposureRow row) {
        return new Exposure(new StaffId(row.analyst()), Exposure.Kind.valueOf(row.kind()), new CaseId(row.caseId()), row.at());
    }

    static LiftRow toRow(LimitLift lift) {
        return new LiftRow(lift.analyst().value(), lift.day(), lift.liftedBy().value(), lift.at(), lift.reason());
    }

    static LimitLift toLift(LiftRow row) {
        return new LimitLift(new StaffId(row.analyst()), row.day(), new StaffId(row.liftedBy()), row.liftedAt(), row.reason());
    }
}
