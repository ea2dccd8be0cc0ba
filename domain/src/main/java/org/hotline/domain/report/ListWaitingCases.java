package org.hotline.domain.report;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Lists the cases waiting at a stage after assessment, such as those awaiting the hosting trace or a legal review,
 * by priority and age.
 */
@PrimaryPort
public interface ListWaitingCases {

    /** A page of a list of waiting cases, narrowed by the request's filter. */
    ListAnalystQueue.AnalystQueue waitingAt(QueueRequest request);

    /** The first page of the cases waiting at a stage. */
    default ListAnalystQueue.AnalystQueue waitingAt(Stage stage, int limit) {
        return waitingAt(QueueRequest.firstPage(stage, limit));
    }
}
