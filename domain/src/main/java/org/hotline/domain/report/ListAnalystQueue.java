package org.hotline.domain.report;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Shows analysts the cases waiting for assessment, the most urgent first and oldest first within a priority, with
 * duplicate reports folded under their case and who holds a claim on each.
 */
@PrimaryPort
public interface ListAnalystQueue {

    AnalystQueue list(int limit);

    /**
     * A page of a list of waiting cases.
     *
     * @param openCases how many cases are open in all, at every stage
     * @param waiting how many cases wait at the list's stage
     */
    record AnalystQueue(io.vavr.collection.Seq<QueueEntry> entries, long openCases, long waiting) {
    }
}
