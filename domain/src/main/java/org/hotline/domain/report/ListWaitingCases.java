package org.hotline.domain.report;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Lists the cases waiting at a stage after assessment, such as those awaiting the hosting trace or a legal review,
 * by priority and age.
 */
@PrimaryPort
public interface ListWaitingCases {

    ListAnalystQueue.AnalystQueue waitingAt(Stage stage, int limit);
}
