package org.hotline.domain.assessment;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Classification;
import org.hotline.domain.staff.Acting;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A supervisor's second opinion: a re-assessment of an assessed case, kept beside the first decision. The case
 * follows the appeal. Where the home law wants an uninvolved reviewer (as in the UK), nobody who assessed the case
 * before may decide the appeal.
 */
@PrimaryPort
public interface AppealAssessment {

    /** What the law says of the supervisor's answers today, with every check {@link #appeal} makes; nothing changed. */
    Either<Rejection, Classification> previewAppeal(Acting supervisor, String caseId, java.util.Map<String, String> answers);

    Either<Rejection, Assessment.Recorded> appeal(Acting supervisor, String caseId, java.util.Map<String, String> answers);
}
