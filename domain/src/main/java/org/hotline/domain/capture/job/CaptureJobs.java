package org.hotline.domain.capture.job;

import java.time.Instant;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Where capture jobs are kept, and shared out among the workers of every instance of the program. A job is leased to
 * one worker at a time; whatever a worker then reports about it counts only while it still holds that attempt.
 */
@SecondaryPort
@Repository
public interface CaptureJobs {

    /**
     * Adds a new job, unless the case has one waiting (pending or running) already.
     *
     * @return true when added; false when the case's waiting job makes this one needless
     */
    boolean request(CaptureJob job);

    /**
     * Leases up to {@code limit} jobs to the worker until {@code leaseUntil}: pending jobs due by {@code now}, and
     * running jobs whose lease ran out by then (their worker died or hung), the longest due first. Each is running from
     * now on, one attempt more. Two workers leasing at once never get the same job, and neither waits for the other.
     */
    Seq<LeasedJob> lease(String worker, int limit, Instant now, Instant leaseUntil);

    /**
     * Ends a job the worker holds: done, or failed with the reason.
     *
     * @return false when the worker no longer holds this attempt (its lease ran out and the job was taken again)
     */
    boolean finish(LeasedJob job, String worker, CaptureJob.State outcome, Instant at, Option<JobFailure> why);

    /**
     * Gives a job the worker holds back, pending again from {@code nextAttemptAt}, with why this attempt failed.
     *
     * @return false when the worker no longer holds this attempt
     */
    boolean retryLater(LeasedJob job, String worker, Instant nextAttemptAt, JobFailure why);

    /**
     * Open cases that never had a job, the longest open first, at most {@code limit}: the cases the program still owes
     * their first capture.
     */
    Seq<UncapturedCase> uncaptured(int limit);

    /** The case's latest job, if it has one. */
    Option<CaptureJob> latestOf(CaseId caseId);

    /** The latest job of each of these cases that has one. */
    Map<CaseId, CaptureJob> latestOf(Seq<CaseId> caseIds);
}
