package org.hotline.domain.testing;

import java.time.Instant;
import java.util.ArrayList;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.welfare.Exposure;
import org.hotline.domain.welfare.ExposureLog;
import org.hotline.domain.welfare.Spell;

/** An exposure log kept in memory, for tests. */
public final class InMemoryExposureLog implements ExposureLog {

    private final java.util.List<Spell> spells = new ArrayList<>();
    private final java.util.List<Exposure> exposures = new ArrayList<>();

    @Override
    public synchronized void began(Spell spell) {
        spells.add(spell);
    }

    @Override
    public synchronized void ended(StaffId analyst, CaseId caseId, Instant start, Instant at, Spell.Ending how) {
        for (int i = 0; i < spells.size(); i++) {
            Spell spell = spells.get(i);
            if (spell.analyst().equals(analyst) && spell.caseId().equals(caseId) && spell.start().equals(start)
                    && spell.end().isEmpty()) {
                spells.set(i, spell.end(at, how));
            }
        }
    }

    @Override
    public synchronized void record(Exposure exposure) {
        exposures.add(exposure);
    }

    @Override
    public synchronized Seq<Spell> spells(Option<StaffId> analyst, Instant from, Instant to) {
        return List.ofAll(spells).filter(s -> analyst.forAll(s.analyst()::equals) && s.start().isBefore(to)
                && stopAtLatest(s).isAfter(from));
    }

    @Override
    public synchronized Seq<Exposure> exposures(Option<StaffId> analyst, Instant from, Instant to) {
        return List.ofAll(exposures).filter(e -> analyst.forAll(e.analyst()::equals) && !e.at().isBefore(from)
                && e.at().isBefore(to));
    }

    /** Everything logged so far, for assertions. */
    public synchronized Seq<Spell> allSpells() {
        return List.ofAll(spells);
    }

    private static Instant stopAtLatest(Spell spell) {
        return spell.end().filter(end -> end.isBefore(spell.cap())).getOrElse(spell.cap());
    }
}
