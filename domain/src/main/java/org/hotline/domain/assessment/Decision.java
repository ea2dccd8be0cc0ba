package org.hotline.domain.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.Finding;
import org.hotline.domain.staff.Acting;

/**
 * A decision ready to be recorded, as a desk drafts it with every check made and nothing changed: what a preview
 * shows, and a confirmation stores. {@code who} is the member of staff deciding; none for the system's classification
 * of known content.
 */
record Decision(Option<Acting> who, Case.Transition transition, Assessment.Kind kind, Map<String, String> answers,
        Classification classification, Option<String> lawDateCorrection) {

    /** A member of staff's decision. */
    Decision(Acting who, Case.Transition transition, Assessment.Kind kind, Map<String, String> answers,
            Classification classification, Option<String> lawDateCorrection) {
        this(Option.some(Objects.requireNonNull(who, "who")), transition, kind, answers, classification, lawDateCorrection);
    }

    Decision {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(lawDateCorrection, "lawDateCorrection");
    }

    /**
     * The day whose law applies to a case, and why where it was corrected: the day the material was first reported,
     * in the hotline's time zone; once decided, the day the latest decision applied, so that a correction holds for
     * the decisions after it.
     */
    record LawDay(LocalDate day, Option<String> correction) {

        static LawDay of(Case theCase, Seq<Assessment> history, ZoneId zone) {
            return history.lastOption()
                    .map(latest -> new LawDay(latest.classification().lawDate(), latest.lawDateCorrection()))
                    .getOrElse(() -> new LawDay(theCase.openedAt().atZone(zone).toLocalDate(), Option.none()));
        }

        static LawDay corrected(LawDateCorrection correction) {
            return new LawDay(correction.day(), Option.some(correction.reason().strip()));
        }
    }

    /** What a verdict means for the case's lifecycle. */
    static Finding findingOf(Verdict verdict) {
        if (verdict instanceof Verdict.Illegal) {
            return new Finding(Finding.Kind.ILLEGAL, verdict.reason());
        } else if (verdict instanceof Verdict.NotIllegal) {
            return new Finding(Finding.Kind.NOT_ILLEGAL, verdict.reason());
        }
        return new Finding(Finding.Kind.NEEDS_LEGAL_REVIEW, verdict.reason());
    }
}
