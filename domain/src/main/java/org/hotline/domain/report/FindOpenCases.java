package org.hotline.domain.report;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads the open cases for the analyst queue. */
@SecondaryPort
public interface FindOpenCases {

    /**
     * Open cases, the one opened longest ago first.
     *
     * @param limit the most cases to return
     * @param reportsPerCase the most reports to list under each case (the count covers all of them)
     */
    Seq<QueueEntry> oldestFirst(int limit, int reportsPerCase);

    /** How many cases are open. */
    long countOpen();
}
