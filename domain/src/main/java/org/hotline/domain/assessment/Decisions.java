package org.hotline.domain.assessment;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Rejection;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.law.Classification;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.welfare.Spell;

/**
 * Records a drafted decision, within the caller's unit of work: moves the case on by a conditional update, keeps the
 * assessment, counts an assessor's item in their exposure log, withdraws what is pending when a decision after the
 * first closes the case as not illegal, and writes the audit record.
 */
final class Decisions {

    private final DecisionPorts ports;
    private final CountryCode jurisdiction;

    Decisions(DecisionPorts ports, CountryCode jurisdiction) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /**
     * Records the decision; or, where someone changed the case between reading and storing it, refuses with the
     * caller's own reason for that.
     */
    <R extends Enum<R> & Rejection.Reason> Either<Rejection<R>, Assessment.Recorded> record(Decision decision,
            R changedMeanwhile) {
        Case.Transition transition = decision.transition();
        if (!ports.cases().change(transition)) {
            return Either.left(Rejection.of(changedMeanwhile, ClaimDesk.CHANGED_MEANWHILE));
        }
        Classification classification = decision.classification();
        Assessment assessment = Assessment.restore(new AssessmentId(ports.identities().next()), transition.caseId(),
                decision.kind(), decision.who().map(Acting::staff), transition.at(), jurisdiction, decision.answers(), classification,
                decision.lawDateCorrection());
        ports.assessments().add(assessment);
        countExposure(decision);
        List<Withdrawal> withdrawals = reversesToNotIllegal(decision)
                ? ports.withdrawals().withdrawPending(transition.caseId(), classification.verdict().reason())
                : List.empty();
        ports.withdrawals().tellReferrer(transition.caseId(), classification.verdict());
        String after = describe(transition, assessment, withdrawals);
        ports.audit().record(decision.who().map(who -> CaseAudit.of(who, transition, after))
                .getOrElse(() -> CaseAudit.bySystem(transition, after)));
        return Either.right(new Assessment.Recorded(assessment.id(), transition.caseId(), decision.kind(),
                decision.who().map(Acting::staff), classification, transition.after(), transition.at(), withdrawals));
    }

    private void countExposure(Decision decision) {
        Case.Transition transition = decision.transition();
        if (transition instanceof Case.Assessed assessed) {
            ports.welfare().assessmentEnded(assessed.analyst(), assessed.caseId(), assessed.before().claimedAt(),
                    assessed.at(), Spell.Ending.ASSESSED);
        }
        if (decision.kind() != Assessment.Kind.LEGAL_DECISION) {
            decision.who().forEach(who -> ports.welfare().itemAssessed(who.staff(), transition.caseId(), transition.at()));
        }
    }

    /** A later decision closing the case as not illegal: a referral or notice sent earlier is no longer stood behind. */
    private static boolean reversesToNotIllegal(Decision decision) {
        return decision.kind() != Assessment.Kind.FIRST
                && decision.transition().after() instanceof CaseState.Closed closed
                && closed.reason() == CaseState.ClosureReason.NOT_ILLEGAL;
    }

    private static String describe(Case.Transition transition, Assessment assessment, List<Withdrawal> withdrawals) {
        Classification classification = assessment.classification();
        return transition.after().describe() + "; assessment " + assessment.id() + ": "
                + classification.verdict().kind() + " by the rule '" + classification.rule() + "' of "
                + assessment.jurisdiction() + (classification.baseline() ? ", INTERPOL baseline" : "")
                + "; law of " + classification.lawDate()
                + assessment.lawDateCorrection().map(reason -> " (corrected: " + reason + ")").getOrElse("")
                + "; rule book " + classification.ruleBook()
                + (assessment.kind() == Assessment.Kind.KNOWN_CONTENT ? "; known content: "
                        + assessment.answers().values().mkString(" | ") : "")
                + (withdrawals.isEmpty() ? "" : "; referral " + withdrawals.get(0).describe() + "; notice "
                        + withdrawals.get(1).describe());
    }
}
