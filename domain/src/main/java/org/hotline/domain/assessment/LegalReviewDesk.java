package org.hotline.domain.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.jmolecules.ddd.annotation.Service;

/**
 * Legal decisions: the way out of legal review. A legal adviser decides on the answers of the case's latest decision,
 * under the law of the day that decision applied (or a day they correct, with the reason); the decision is recorded
 * as an assessment of its own, stamped with the rule book in force, and audited in the same unit of work as the
 * case's move.
 */
@Service
public final class LegalReviewDesk implements DecideLegalReview {

    private final NationalLaw law;
    private final DecisionPorts ports;
    private final Decisions decisions;
    private final ZoneId zone;

    public LegalReviewDesk(NationalLaw law, DecisionPorts ports, ZoneId zone) {
        this.law = Objects.requireNonNull(law, "law");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.decisions = new Decisions(ports, law.jurisdiction());
    }

    @Override
    public List<StatuteReference> provisions() {
        return law.provisions();
    }

    @Override
    public Either<Rejection<LegalDecisionRefusal>, Assessment.Recorded> decide(Acting adviser, String caseId, LegalDecision decision) {
        Objects.requireNonNull(decision, "decision");
        return adviser.as(LegalDecisionRefusal.ROLE_REQUIRED, Role.LEGAL_ADVISER).flatMap(who -> ports.unitOfWork().inOneUnit(() ->
                ports.cases().named(caseId)
                        .toEither(() -> Rejection.of(LegalDecisionRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE))
                        .flatMap(found -> draft(who, found, decision))
                        .flatMap(drafted -> decisions.record(drafted, LegalDecisionRefusal.CHANGED_MEANWHILE))));
    }

    private Either<Rejection<LegalDecisionRefusal>, Decision> draft(Acting who, Case found, LegalDecision decision) {
        Instant now = ports.clock().instant();
        Seq<Assessment> history = ports.assessments().ofCase(found.id());
        if (history.isEmpty()) {
            return Either.left(Rejection.of(LegalDecisionRefusal.NOT_AWAITING_REVIEW, "This case has no assessment to decide on."));
        }
        return found.legalReview().mapLeft(LegalDecisionRefusal::of)
                .flatMap(awaiting -> lawDay(found, history, decision, now))
                .flatMap(lawDay -> decision.verdict(law.provisions(), lawDay.day(), who.staff().toString())
                        .mapLeft(LegalReviewDesk::invalid)
                        .flatMap(verdict -> {
                            Assessment latest = history.last();
                            Classification classification = new Classification(verdict, LegalDecision.RULE,
                                    latest.classification().baseline(), lawDay.day(), law.ruleBookVersion());
                            return found.decideLegalReview(who.staff(), Decision.findingOf(verdict), now)
                                    .mapLeft(LegalDecisionRefusal::of)
                                    .map(decided -> new Decision(who, decided, Assessment.Kind.LEGAL_DECISION,
                                            latest.answers(), classification, lawDay.correction()));
                        }));
    }

    /** The day whose law applies: the latest decision's, or the adviser's correction of it. */
    private Either<Rejection<LegalDecisionRefusal>, Decision.LawDay> lawDay(Case found, Seq<Assessment> history, LegalDecision decision,
            Instant now) {
        Decision.LawDay standing = Decision.LawDay.of(found, history, zone);
        return LawDateCorrection.fromForm(decision.lawDate(), decision.lawDateReason()).mapLeft(LegalReviewDesk::invalid)
                .flatMap(correction -> {
                    Option<LawDateCorrection> changed = correction.filter(c -> !c.day().equals(standing.day()));
                    Seq<FieldError> problems = changed.map(c -> c.problemsOn(now.atZone(zone).toLocalDate()))
                            .getOrElse(List.empty());
                    return problems.isEmpty()
                            ? Either.right(changed.map(Decision.LawDay::corrected).getOrElse(standing))
                            : Either.left(invalid(problems));
                });
    }

    private static Rejection<LegalDecisionRefusal> invalid(Seq<FieldError> problems) {
        return Rejection.ofFields(LegalDecisionRefusal.DECISION_INVALID, "The decision is not complete; see beside each field.", problems);
    }
}
