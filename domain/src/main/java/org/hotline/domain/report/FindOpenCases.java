package org.hotline.domain.report;

import java.time.Instant;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads open cases: the analyst queue and the other lists of cases waiting at a stage of the work. */
@SecondaryPort
public interface FindOpenCases {

    /**
     * The cases of a selection (waiting at a stage, narrowed), the highest priority first, and the one opened longest
     * ago first within a priority; a page of them.
     *
     * @param offset how many cases in that order to pass over
     * @param limit the most cases to return
     * @param reportsPerCase the most reports to list under each case (the count covers all of them)
     */
    Seq<QueueEntry> waiting(QueueSelection selection, long offset, int limit, int reportsPerCase);

    /** How many cases a selection holds. */
    long countWaiting(QueueSelection selection);

    /** Every case of an address, open or closed, the one opened last first. */
    Seq<Case> casesOf(ReportedUrl url);

    /** How many cases are open, at every stage. */
    long countOpen();

    /**
     * The cases an analyst could claim at the given time, in the order of the queue: those waiting for assessment,
     * and those whose claim ran out by then.
     */
    Seq<CaseId> claimable(Instant at, int limit);

    /** Cases whose claim ran out by the given time and that still show as claimed, the earliest to run out first. */
    Seq<Case> lapsedClaims(Instant at, int limit);
}
