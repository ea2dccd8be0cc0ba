package org.hotline.domain.assessment;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Classifies a case by the system, without an analyst, when every item captured of it is known as illegal under the
 * home jurisdiction's classification: the images that have been reported and classified before need not be looked at
 * again. The decision is recorded as any assessment is (the system its author), and a supervisor can overturn it on
 * appeal.
 */
@PrimaryPort
public interface ClassifyKnownContent {

    /**
     * Records the system's classification of the case and moves it on as an assessment finding it illegal does; or,
     * when some item is not known as illegal at home, or the case waits for no assessment, changes nothing and says
     * why.
     *
     * @param items every item of the case's latest capture, with the entries each matched
     */
    Either<Rejection<KnownContentRefusal>, Assessment.Recorded> classify(CaseId caseId, Seq<KnownItemEvidence> items);
}
