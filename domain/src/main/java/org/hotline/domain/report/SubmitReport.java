package org.hotline.domain.report;

import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Files a report from the public form, the API or another channel. */
@PrimaryPort
public interface SubmitReport {

    /**
     * Checks the submission and, if it is valid, stores it and folds each address into its case.
     *
     * @return the receipt of the stored report; or the refusal: every problem found, each with its field, or the
     *         idempotency key reused for a different request
     */
    Either<Rejection<IntakeRefusal>, Receipt> submit(ReportSubmission submission);
}
