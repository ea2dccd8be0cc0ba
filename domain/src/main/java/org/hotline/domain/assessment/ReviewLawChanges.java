package org.hotline.domain.assessment;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.report.Case;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Which open cases a change of the home law's rules or settings would decide otherwise: each open case whose latest
 * decision was made under another rule book is judged again, on its recorded answers and under the law of the same
 * day, and listed where the verdict would change. Nothing is changed: deciding again is for people, by appeal or
 * legal decision. A legal adviser's decision is never judged again by rules.
 */
@PrimaryPort
public interface ReviewLawChanges {

    /** The version of the rule book now in force. */
    String ruleBookVersion();

    /** Every open case the rules now in force would decide otherwise, oldest decision first. */
    Seq<LawChange> affectedOpenCases();

    /** The same, for a supervisor or a legal adviser. */
    Either<Rejection<LawChangesRefusal>, Seq<LawChange>> affectedOpenCases(Acting viewer);

    /**
     * An open case the rules now in force would decide otherwise.
     *
     * @param recorded the decision the case follows
     * @param now what the rules now in force say of the same answers under the law of the same day; where the answers
     *        no longer fit the questionnaire, why
     */
    record LawChange(Case theCase, Assessment recorded, Either<String, Classification> now) {

        public LawChange {
            Objects.requireNonNull(theCase, "theCase");
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(now, "now");
        }
    }
}
