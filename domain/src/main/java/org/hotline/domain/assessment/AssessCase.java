package org.hotline.domain.assessment;

import java.time.LocalDate;
import java.util.Map;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Assesses a claimed case under the home jurisdiction's law: the analyst answers the law's questionnaire, sees what
 * the law says of the answers, and confirms. The law applied is the law in force on the day the material was seen:
 * the day of the case's first report, unless the analyst corrects it with a reason.
 */
@PrimaryPort
public interface AssessCase {

    /** The questions to ask, in order: the core questions, then the home jurisdiction's own. */
    Questionnaire questionnaire();

    /** The home law's words in a language: its questions, answers, reasons and statutes as its adapter words them. */
    org.hotline.domain.law.LawWording wording(java.util.Locale language);

    /** The day whose law the next decision on the case applies, unless it is corrected. */
    LocalDate lawDateOf(ViewCaseFile.CaseFile file);

    /**
     * What the law says of the answers, with every check that {@link #confirm} makes, and nothing changed: what the
     * analyst sees before confirming.
     *
     * @param answers the chosen answer by question identifier, as a form sends them
     * @param correction the day the material was seen, with the reason, where it is not the day of the first report
     */
    Either<Rejection<AssessmentRefusal>, Classification> preview(Acting analyst, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction);

    /** As {@link #preview(Acting, String, Map, Option)}, under the law of the day of the first report. */
    default Either<Rejection<AssessmentRefusal>, Classification> preview(Acting analyst, String caseId, Map<String, String> answers) {
        return preview(analyst, caseId, answers, Option.none());
    }

    /**
     * Records the assessment and moves the case on: not illegal closes it with the law's reason, illegal sends it on
     * to the hosting trace, an open question of law to legal review. Only the analyst whose claim is running may.
     */
    Either<Rejection<AssessmentRefusal>, Assessment.Recorded> confirm(Acting analyst, String caseId, Map<String, String> answers,
            Option<LawDateCorrection> correction);

    /** As {@link #confirm(Acting, String, Map, Option)}, under the law of the day of the first report. */
    default Either<Rejection<AssessmentRefusal>, Assessment.Recorded> confirm(Acting analyst, String caseId, Map<String, String> answers) {
        return confirm(analyst, caseId, answers, Option.none());
    }
}
