package org.hotline.domain.assessment;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Assesses a claimed case under the home jurisdiction's law: the analyst answers the law's questionnaire, sees what
 * the law says of the answers, and confirms.
 */
@PrimaryPort
public interface AssessCase {

    /** The questions to ask, in order: the core questions, then the home jurisdiction's own. */
    Questionnaire questionnaire();

    /**
     * What the law says of the answers today, with every check that {@link #confirm} makes, and nothing changed:
     * what the analyst sees before confirming.
     *
     * @param answers the chosen answer by question identifier, as a form sends them
     */
    Either<Rejection, Classification> preview(Acting analyst, String caseId, java.util.Map<String, String> answers);

    /**
     * Records the assessment and moves the case on: not illegal closes it with the law's reason, illegal sends it on
     * to the hosting trace, an open question of law to legal review. Only the analyst whose claim is running may.
     */
    Either<Rejection, Assessment.Recorded> confirm(Acting analyst, String caseId, java.util.Map<String, String> answers);
}
