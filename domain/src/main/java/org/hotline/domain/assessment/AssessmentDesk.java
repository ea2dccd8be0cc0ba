package org.hotline.domain.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.Rejection;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.Cases;
import org.hotline.domain.report.Finding;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.welfare.Spell;
import org.hotline.domain.welfare.Welfare;
import org.jmolecules.ddd.annotation.Service;

/**
 * Assessments under the home jurisdiction's law, first and on appeal. The answers are read with the law's own
 * questionnaire and classified for the day of assessment in the hotline's time zone. A preview makes every check
 * the decision makes and changes nothing; a decision records the assessment, moves the case on by a conditional
 * update, counts the item in the assessor's exposure log, and is audited, all in one unit of work.
 */
@Service
public final class AssessmentDesk implements AssessCase, AppealAssessment {

    public static final String ANSWERS_INVALID = "assessment.answers_invalid";
    public static final String NOTHING_TO_APPEAL = "appeal.nothing_to_appeal";
    public static final String REVIEWER_INVOLVED = "appeal.reviewer_involved";
    public static final String ADDRESS_HAS_OPEN_CASE = "appeal.address_has_open_case";

    private final NationalLaw law;
    private final Cases cases;
    private final Assessments assessments;
    private final Welfare welfare;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Identities identities;
    private final ZoneId zone;

    /** A decision ready to be recorded: what a preview shows, and a confirmation stores. */
    private record Draft(Acting who, Case.Transition transition, Assessment.Kind kind, Facts facts,
            Classification classification) {
    }

    public AssessmentDesk(NationalLaw law, Cases cases, Assessments assessments, Welfare welfare, AuditTrail audit,
            UnitOfWork unitOfWork, Clock clock, Identities identities, ZoneId zone) {
        this.law = Objects.requireNonNull(law, "law");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.welfare = Objects.requireNonNull(welfare, "welfare");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Questionnaire questionnaire() {
        return law.questionnaire();
    }

    /** How a decision of one kind is drafted: with every check it needs, and nothing changed. */
    @FunctionalInterface
    private interface Drafting {
        Either<Rejection, Draft> draft(Acting who, String caseId, Map<String, String> answers);
    }

    @Override
    public Either<Rejection, Classification> preview(Acting analyst, String caseId, Map<String, String> answers) {
        return previewOf(analyst.as(Role.ANALYST), this::first, caseId, answers);
    }

    @Override
    public Either<Rejection, Assessment.Recorded> confirm(Acting analyst, String caseId, Map<String, String> answers) {
        return decisionOf(analyst.as(Role.ANALYST), this::first, caseId, answers);
    }

    @Override
    public Either<Rejection, Classification> previewAppeal(Acting supervisor, String caseId, Map<String, String> answers) {
        return previewOf(supervisor.as(Role.SUPERVISOR), this::second, caseId, answers);
    }

    @Override
    public Either<Rejection, Assessment.Recorded> appeal(Acting supervisor, String caseId, Map<String, String> answers) {
        return decisionOf(supervisor.as(Role.SUPERVISOR), this::second, caseId, answers);
    }

    private static Either<Rejection, Classification> previewOf(Either<Rejection, Acting> actor, Drafting drafting,
            String caseId, Map<String, String> answers) {
        return actor.flatMap(who -> drafting.draft(who, caseId, answers)).map(Draft::classification);
    }

    private Either<Rejection, Assessment.Recorded> decisionOf(Either<Rejection, Acting> actor, Drafting drafting,
            String caseId, Map<String, String> answers) {
        return actor.flatMap(who -> unitOfWork.inOneUnit(() -> drafting.draft(who, caseId, answers).flatMap(this::record)));
    }

    /** A first assessment: only by the analyst whose claim on the case is running. */
    private Either<Rejection, Draft> first(Acting who, String caseId, Map<String, String> answers) {
        Instant now = clock.instant();
        return cases.named(caseId).flatMap(found -> found.runningClaimOf(who.staff(), now)
                .flatMap(claim -> facts(answers))
                .flatMap(facts -> {
                    Classification classification = classify(facts, now);
                    return found.assess(who.staff(), findingOf(classification.verdict()), now)
                            .map(assessed -> new Draft(who, assessed, Assessment.Kind.FIRST, facts, classification));
                }));
    }

    /**
     * An appeal: of a case assessed before, by a supervisor who took no part in it where the law wants that, and
     * never reopening a closed case while its address has another open case.
     */
    private Either<Rejection, Draft> second(Acting who, String caseId, Map<String, String> answers) {
        Instant now = clock.instant();
        return cases.named(caseId).flatMap(found -> {
            Seq<Assessment> history = assessments.ofCase(found.id());
            if (history.isEmpty()) {
                return Either.left(Rejection.of(NOTHING_TO_APPEAL, "This case has not been assessed; there is nothing to appeal."));
            }
            if (law.appealNeedsUninvolvedReviewer() && history.exists(earlier -> earlier.assessor().equals(who.staff()))) {
                return Either.left(Rejection.of(REVIEWER_INVOLVED, "The law of " + law.jurisdiction() + " wants an appeal"
                        + " decided by someone who took no part in the earlier decisions, and you assessed this case."));
            }
            return facts(answers).flatMap(facts -> {
                Classification classification = classify(facts, now);
                return found.reassess(who.staff(), findingOf(classification.verdict()), now)
                        .flatMap(reassessed -> reopening(found, reassessed))
                        .map(reassessed -> new Draft(who, reassessed, Assessment.Kind.APPEAL, facts, classification));
            });
        });
    }

    private Either<Rejection, Case.Reassessed> reopening(Case found, Case.Reassessed reassessed) {
        boolean reopens = !reassessed.before().isOpen() && reassessed.after().isOpen();
        Option<Case> other = reopens ? cases.openCaseOf(found.url()).filter(open -> !open.id().equals(found.id())) : Option.none();
        if (other.isDefined()) {
            return Either.left(Rejection.of(ADDRESS_HAS_OPEN_CASE, "The appeal would reopen this case, but its address"
                    + " has another open case (" + other.get().id() + "), where newer reports of it are assessed."));
        }
        return Either.right(reassessed);
    }

    private Either<Rejection, Assessment.Recorded> record(Draft draft) {
        Case.Transition transition = draft.transition();
        if (!cases.change(transition)) {
            return Either.left(ClaimDesk.changedMeanwhile());
        }
        Assessment assessment = Assessment.of(new AssessmentId(identities.next()), transition.caseId(), draft.kind(),
                draft.who().staff(), transition.at(), law.jurisdiction(), draft.facts(), draft.classification());
        assessments.add(assessment);
        if (transition instanceof Case.Assessed assessed) {
            welfare.assessmentEnded(assessed.analyst(), assessed.caseId(), assessed.before().claimedAt(), assessed.at(),
                    Spell.Ending.ASSESSED);
        }
        welfare.itemAssessed(draft.who().staff(), transition.caseId(), transition.at());
        Classification classification = draft.classification();
        audit.record(CaseAudit.of(draft.who(), transition, transition.after().describe() + "; assessment " + assessment.id()
                + ": " + classification.verdict().kind() + " by the rule '" + classification.rule() + "' of "
                + law.jurisdiction() + (classification.baseline() ? ", INTERPOL baseline" : "")));
        return Either.right(new Assessment.Recorded(assessment.id(), transition.caseId(), draft.kind(), draft.who().staff(),
                classification, transition.after(), transition.at()));
    }

    private Either<Rejection, Facts> facts(Map<String, String> answers) {
        return law.questionnaire().read(answers == null ? Map.of() : answers).toEither()
                .mapLeft(errors -> Rejection.ofFields(ANSWERS_INVALID,
                        "Some answers are missing, or not among the answers the question offers.", errors));
    }

    private Classification classify(Facts facts, Instant at) {
        return law.classify(facts, at.atZone(zone).toLocalDate());
    }

    static Finding findingOf(Verdict verdict) {
        if (verdict instanceof Verdict.Illegal) {
            return new Finding(Finding.Kind.ILLEGAL, verdict.reason());
        } else if (verdict instanceof Verdict.NotIllegal) {
            return new Finding(Finding.Kind.NOT_ILLEGAL, verdict.reason());
        }
        return new Finding(Finding.Kind.NEEDS_LEGAL_REVIEW, verdict.reason());
    }
}
