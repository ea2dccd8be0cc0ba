package org.hotline.domain.welfare;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;

/**
 * One stretch of an analyst's time in assessment: from claiming a case until assessing or releasing it. It never
 * counts past {@code cap}, the moment the claim ran out: a claim that lapsed counts until then.
 *
 * @param end when the analyst assessed or released the case; none while the claim runs, or when it lapsed
 */
public record Spell(StaffId analyst, CaseId caseId, Instant start, Instant cap, Option<Instant> end,
        Option<Ending> ending) {

    /** How a spell ended. */
    public enum Ending {
        ASSESSED,
        RELEASED
    }

    public Spell {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(ending, "ending");
        if (!cap.isAfter(start)) {
            throw new IllegalArgumentException("a spell's cap comes after its start");
        }
        if (end.isDefined() != ending.isDefined() || end.exists(e -> e.isBefore(start))) {
            throw new IllegalArgumentException("a spell that ended has an end no earlier than its start, and how it ended");
        }
    }

    public static Spell begin(StaffId analyst, CaseId caseId, Instant start, Instant cap) {
        return new Spell(analyst, caseId, start, cap, Option.none(), Option.none());
    }

    public Spell end(Instant at, Ending how) {
        return new Spell(analyst, caseId, start, cap, Option.some(at), Option.some(how));
    }

    /** The time this spell counts, as seen at {@code now}: until its end, or until now while it runs, never past its cap. */
    public Interval counted(Instant now) {
        Instant stop = end.getOrElse(now);
        if (stop.isAfter(cap)) {
            stop = cap;
        }
        return new Interval(start, stop.isBefore(start) ? start : stop);
    }
}
