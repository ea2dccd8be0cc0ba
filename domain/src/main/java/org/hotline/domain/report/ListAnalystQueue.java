package org.hotline.domain.report;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Shows analysts the open cases, oldest first, with duplicate reports folded under their case. */
@PrimaryPort
public interface ListAnalystQueue {

    AnalystQueue list(int limit);

    /** A page of the queue and how many cases are open in all. */
    record AnalystQueue(io.vavr.collection.Seq<QueueEntry> entries, long openCases) {
    }
}
