package org.hotline.domain.report;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Files a report from the public form, the API or another channel. */
@PrimaryPort
public interface SubmitReport {

    /**
     * Checks the submission and, if it is valid, stores it and folds each address into its case.
     *
     * @return every problem found, each with its field, or the receipt of the stored report
     */
    Either<Seq<FieldError>, Receipt> submit(ReportSubmission submission);
}
