package org.hotline.domain.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.Cases;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.jmolecules.ddd.annotation.Service;

/**
 * Assessments under the home jurisdiction's law, first and on appeal. The answers are read with the law's own
 * questionnaire and judged under the law in force when the material was seen: the day the case's first report
 * came in, in the hotline's time zone, unless the assessor corrects it with a reason (a correction holds for the
 * decisions after it). A preview makes every check the decision makes and changes nothing; a decision records the
 * assessment, moves the case on by a conditional update, counts the item in the assessor's exposure log, withdraws
 * what is pending when an appeal reverses the case to not illegal, and is audited, all in one unit of work.
 */
@Service
public final class AssessmentDesk implements AssessCase, AppealAssessment {

    private final NationalLaw law;
    private final DecisionPorts ports;
    private final Decisions decisions;
    private final ZoneId zone;

    /** What a form sent: the answers by question identifier, and a correction of the law's day if any. */
    private record Submitted(Map<String, String> answers, Option<LawDateCorrection> correction) {
    }

    /** How a decision of one kind is drafted: with every check it needs, and nothing changed. */
    @FunctionalInterface
    private interface Drafting {
        Either<Rejection<AssessmentRefusal>, Decision> draft(Acting who, String caseId, Submitted submitted);
    }

    public AssessmentDesk(NationalLaw law, DecisionPorts ports, ZoneId zone) {
        this.law = Objects.requireNonNull(law, "law");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.decisions = new Decisions(ports, law.jurisdiction());
    }

    @Override
    public Questionnaire questionnaire() {
        return law.questionnaire();
    }

    @Override
    public org.hotline.domain.law.LawWording wording(java.util.Locale language) {
        return law.wording(language);
    }

    @Override
    public LocalDate lawDateOf(ViewCaseFile.CaseFile file) {
        return Decision.LawDay.of(file.theCase(), file.assessments(), zone).day();
    }

    @Override
    public Either<Rejection<AssessmentRefusal>, Classification> preview(Acting analyst, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction) {
        return previewOf(analyst.as(AssessmentRefusal.ROLE_REQUIRED, Role.ANALYST), this::first, caseId, new Submitted(answers, correction));
    }

    @Override
    public Either<Rejection<AssessmentRefusal>, Assessment.Recorded> confirm(Acting analyst, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction) {
        return decisionOf(analyst.as(AssessmentRefusal.ROLE_REQUIRED, Role.ANALYST), this::first, caseId, new Submitted(answers, correction));
    }

    @Override
    public Either<Rejection<AssessmentRefusal>, Classification> previewAppeal(Acting supervisor, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction) {
        return previewOf(supervisor.as(AssessmentRefusal.ROLE_REQUIRED, Role.SUPERVISOR), this::second, caseId, new Submitted(answers, correction));
    }

    @Override
    public Either<Rejection<AssessmentRefusal>, Assessment.Recorded> appeal(Acting supervisor, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction) {
        return decisionOf(supervisor.as(AssessmentRefusal.ROLE_REQUIRED, Role.SUPERVISOR), this::second, caseId, new Submitted(answers, correction));
    }

    private static Either<Rejection<AssessmentRefusal>, Classification> previewOf(Either<Rejection<AssessmentRefusal>, Acting> actor, Drafting drafting,
            String caseId, Submitted submitted) {
        return actor.flatMap(who -> drafting.draft(who, caseId, submitted)).map(Decision::classification);
    }

    private Either<Rejection<AssessmentRefusal>, Assessment.Recorded> decisionOf(Either<Rejection<AssessmentRefusal>, Acting> actor, Drafting drafting,
            String caseId, Submitted submitted) {
        return actor.flatMap(who -> ports.unitOfWork().inOneUnit(() -> drafting.draft(who, caseId, submitted)
                .flatMap(decision -> decisions.record(decision, AssessmentRefusal.CHANGED_MEANWHILE))));
    }

    /** A first assessment: only by the analyst whose claim on the case is running. */
    private Either<Rejection<AssessmentRefusal>, Decision> first(Acting who, String caseId, Submitted submitted) {
        Instant now = ports.clock().instant();
        return named(caseId).flatMap(found -> found.runningClaimOf(who.staff(), now).mapLeft(AssessmentRefusal::of)
                .flatMap(claim -> read(submitted, found, List.empty(), now))
                .flatMap(reading -> {
                    Classification classification = law.classify(reading.facts(), reading.lawDay().day());
                    return found.assess(who.staff(), Decision.findingOf(classification.verdict()), now)
                            .mapLeft(AssessmentRefusal::of)
                            .map(assessed -> new Decision(who, assessed, Assessment.Kind.FIRST, reading.facts().asAnswers(),
                                    classification, reading.lawDay().correction()));
                }));
    }

    /**
     * An appeal: of a case assessed before, by a supervisor who took no part in it where the law wants that, and
     * never reopening a closed case while its address has another open case.
     */
    private Either<Rejection<AssessmentRefusal>, Decision> second(Acting who, String caseId, Submitted submitted) {
        Instant now = ports.clock().instant();
        return named(caseId).flatMap(found -> {
            Seq<Assessment> history = ports.assessments().ofCase(found.id());
            if (history.isEmpty()) {
                return Either.left(Rejection.of(AssessmentRefusal.NOTHING_TO_APPEAL, "This case has not been assessed; there is nothing to appeal."));
            }
            if (law.appealNeedsUninvolvedReviewer() && history.exists(earlier -> earlier.assessor().contains(who.staff()))) {
                return Either.left(Rejection.of(AssessmentRefusal.REVIEWER_INVOLVED, "The law of " + law.jurisdiction() + " wants an appeal"
                        + " decided by someone who took no part in the earlier decisions, and you took part in this case's."));
            }
            return read(submitted, found, history, now).flatMap(reading -> {
                Classification classification = law.classify(reading.facts(), reading.lawDay().day());
                return found.reassess(who.staff(), Decision.findingOf(classification.verdict()), now)
                        .mapLeft(AssessmentRefusal::of)
                        .flatMap(reassessed -> reopening(found, reassessed))
                        .map(reassessed -> new Decision(who, reassessed, Assessment.Kind.APPEAL, reading.facts().asAnswers(),
                                classification, reading.lawDay().correction()));
            });
        });
    }

    private Either<Rejection<AssessmentRefusal>, Case.Reassessed> reopening(Case found, Case.Reassessed reassessed) {
        boolean reopens = !reassessed.before().isOpen() && reassessed.after().isOpen();
        Option<Case> other = reopens
                ? ports.cases().openCaseOf(found.url()).filter(open -> !open.id().equals(found.id()))
                : Option.none();
        if (other.isDefined()) {
            return Either.left(Rejection.of(AssessmentRefusal.ADDRESS_HAS_OPEN_CASE, "The appeal would reopen this case, but its address"
                    + " has another open case (" + other.get().id() + "), where newer reports of it are assessed."));
        }
        return Either.right(reassessed);
    }

    private Either<Rejection<AssessmentRefusal>, Case> named(String caseId) {
        return ports.cases().named(caseId).toEither(() -> Rejection.of(AssessmentRefusal.CASE_UNKNOWN, Cases.NO_SUCH_CASE));
    }

    /** The facts and the day whose law applies, as submitted; or every problem with the answers and the correction. */
    private record Reading(Facts facts, Decision.LawDay lawDay) {
    }

    /**
     * Reads the answers and the day whose law applies. A "correction" to the day that applies anyway (a form sends the
     * day it showed) is no correction.
     */
    private Either<Rejection<AssessmentRefusal>, Reading> read(Submitted submitted, Case found, Seq<Assessment> history, Instant now) {
        Validation<Seq<FieldError>, Facts> facts = law.questionnaire().read(submitted.answers() == null ? Map.of()
                : submitted.answers());
        Decision.LawDay standing = Decision.LawDay.of(found, history, zone);
        Option<LawDateCorrection> correction = submitted.correction().filter(c -> !c.day().equals(standing.day()));
        Seq<FieldError> correctionProblems = correction
                .map(c -> c.problemsOn(now.atZone(zone).toLocalDate()))
                .getOrElse(List.empty());
        Seq<FieldError> problems = facts.fold(errors -> errors, valid -> List.<FieldError>empty()).appendAll(correctionProblems);
        if (!problems.isEmpty()) {
            return Either.left(Rejection.ofFields(AssessmentRefusal.ANSWERS_INVALID, correctionProblems.isEmpty()
                    ? "Some answers are missing, or not among the answers the question offers."
                    : "Some answers, or the day the material was seen, are not as they should be.", problems));
        }
        return Either.right(new Reading(facts.get(), correction.map(Decision.LawDay::corrected).getOrElse(standing)));
    }
}
