package org.hotline.domain.report;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Shows analysts the cases waiting for assessment, the most urgent first and oldest first within a priority, with
 * duplicate reports folded under their case and who holds a claim on each; a page at a time, narrowed as they ask.
 */
@PrimaryPort
public interface ListAnalystQueue {

    /** A page of a list of waiting cases, narrowed by the request's filter. */
    AnalystQueue list(QueueRequest request);

    /** The first page of the analyst queue. */
    default AnalystQueue list(int limit) {
        return list(QueueRequest.firstPage(Stage.ASSESSMENT, limit));
    }

    /**
     * A page of a list of waiting cases.
     *
     * @param openCases how many cases are open in all, at every stage
     * @param waiting how many cases wait at the list's stage
     * @param matching how many of them the filter takes in (as many as wait, when it narrows nothing)
     * @param request the page asked for
     */
    record AnalystQueue(io.vavr.collection.Seq<QueueEntry> entries, long openCases, long waiting, long matching,
            QueueRequest request) {

        /** How many pages the matching cases fill; one at least. */
        public long pages() {
            return Math.max(1, (matching + request.pageSize() - 1) / request.pageSize());
        }
    }
}
