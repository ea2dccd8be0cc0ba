package org.hotline.domain.capture.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CapturePage;
import org.hotline.domain.knowncontent.KnownMatch;
import org.jmolecules.ddd.annotation.Service;

/**
 * Runs capture jobs: a worker leases jobs, and each is captured and its outcome kept. A capture whose page was had is
 * recorded and the job is done. A failure that may pass (see {@link RetryPolicy}) is tried again after a delay; one
 * that trying again will not change (a refused address, a redirect loop), or the last attempt's, ends the job as
 * failed, with the reason, and the capture that says why is recorded too: what was learnt before it failed (the
 * redirects, the address connected to) is worth keeping. The capture and the job's end are kept together or not at
 * all, and only while the worker still holds the job.
 *
 * <p>Every item is matched against the lists of known content ({@link KnownAtCapture}) and its matches are kept with
 * the capture; once a capture that succeeded is kept, what follows from them is done (the case classified by the
 * system when all its items are known as illegal). Lists that cannot be asked never cost the capture: it is kept
 * without matches, and the error is given for the log.
 */
@Service
public final class CaptureWork {

    /** What became of one job a worker ran. */
    public enum Outcome {
        /** The capture is recorded and the job done. */
        DONE,
        /** The capture failed for good, or on its last attempt: it is recorded and the job failed, with the reason. */
        FAILED,
        /** The attempt failed for a reason that may pass; the job waits for its next attempt. */
        RETRY_LATER,
        /** The worker's lease ran out before it finished: another worker has the job, and nothing was recorded. */
        LOST
    }

    /**
     * One run: the job, what became of it, why (for a failure), and an error of the program that stopped the capture,
     * for the log.
     */
    public record Ran(LeasedJob job, Outcome outcome, Option<JobFailure> why, Option<RuntimeException> error) {
    }

    private final CapturePage capturer;
    private final CaptureJobs jobs;
    private final Captures captures;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Identities identities;
    private final RetryPolicy retries;
    private final Duration lease;
    private final KnownAtCapture known;

    /**
     * @param lease how long a worker holds a job: longer than any capture takes, since a job whose lease runs out is
     *     taken again by another worker
     */
    public CaptureWork(CapturePage capturer, CaptureJobs jobs, Captures captures, UnitOfWork unitOfWork, Clock clock,
            Identities identities, RetryPolicy retries, Duration lease) {
        this(capturer, jobs, captures, unitOfWork, clock, identities, retries, lease, KnownAtCapture.NONE);
    }

    /** As the other constructor, with the lists of known content the items are matched against. */
    public CaptureWork(CapturePage capturer, CaptureJobs jobs, Captures captures, UnitOfWork unitOfWork, Clock clock,
            Identities identities, RetryPolicy retries, Duration lease, KnownAtCapture known) {
        this.known = Objects.requireNonNull(known, "known");
        this.capturer = Objects.requireNonNull(capturer, "capturer");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.captures = Objects.requireNonNull(captures, "captures");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease is a positive time");
        }
    }

    /** Leases up to {@code limit} jobs that are due to the worker. */
    public Seq<LeasedJob> lease(String worker, int limit) {
        Instant now = clock.instant();
        return jobs.lease(worker, limit, now, now.plus(lease));
    }

    /**
     * Adds a pending job, due at once, for each open case that never had one (at most {@code limit}), requested by
     * nobody: the program's own first capture of a new case. A case that got a job meanwhile (another instance's round,
     * an analyst's "capture again") is left as it is.
     *
     * @return how many jobs were added
     */
    public int requestNewCases(int limit) {
        Instant now = clock.instant();
        return jobs.uncaptured(limit).count(found -> jobs.request(CaptureJob.requested(
                new CaptureJobId(identities.next()), found.caseId(), found.address(), now, Option.none())));
    }

    /**
     * Gives back a job the worker holds but will not finish (the program is stopping), due at once, so that a running
     * instance takes it again without waiting for the lease to run out.
     *
     * @return false when the worker no longer held it
     */
    public boolean giveBack(String worker, LeasedJob job) {
        return jobs.retryLater(job, worker, clock.instant(), JobFailure.stopped());
    }

    /** Captures the job's address and keeps the outcome. Whatever the site does, the job ends or waits to be retried. */
    public Ran run(String worker, LeasedJob job) {
        Capture capture;
        try {
            capture = capturer.capture(job.address());
        } catch (RuntimeException e) {
            return afterError(worker, job, e);
        }
        Option<CaptureFailure> failure = capture.failure();
        Option<java.time.Duration> retry = failure.filter(RetryPolicy::mayPass).flatMap(f -> retries.delayAfter(job.attempt()));
        if (retry.isDefined()) {
            JobFailure why = JobFailure.of(failure.get());
            boolean held = jobs.retryLater(job, worker, clock.instant().plus(retry.get()), why);
            return new Ran(job, held ? Outcome.RETRY_LATER : Outcome.LOST, Option.some(why), Option.none());
        }
        return record(worker, job, capture);
    }

    /** Keeps the capture and ends the job in one unit: done, or failed with the capture's failure. */
    private Ran record(String worker, LeasedJob job, Capture capture) {
        Option<JobFailure> why = capture.failure().map(JobFailure::of);
        boolean failed = why.isDefined();
        CaptureJob.State state = failed ? CaptureJob.State.FAILED : CaptureJob.State.DONE;
        Instant at = clock.instant();
        Matched matched = matched(capture);
        RecordedCapture recorded = new RecordedCapture(new CaptureId(identities.next()), job.caseId(), job.id(), capture,
                capture.items().map(item -> new ItemId(identities.next())), matched.known());
        boolean held = unitOfWork.inOneUnit(() -> {
            if (!jobs.finish(job, worker, state, at, why)) {
                return false;
            }
            captures.add(recorded);
            return true;
        });
        if (!held) {
            return new Ran(job, Outcome.LOST, why, Option.none());
        }
        Option<RuntimeException> error = matched.error().orElse(() -> failed ? Option.none() : followUp(recorded));
        return new Ran(job, failed ? Outcome.FAILED : Outcome.DONE, why, error);
    }

    /** What the items matched; or, when the lists could not be asked, nothing known and the error. */
    private record Matched(Seq<Seq<KnownMatch>> known, Option<RuntimeException> error) {
    }

    private Matched matched(Capture capture) {
        try {
            Seq<Seq<KnownMatch>> matches = known.match(capture);
            if (matches.size() != capture.items().size()) {
                throw new IllegalStateException("the lists answered for " + matches.size() + " of "
                        + capture.items().size() + " items");
            }
            return new Matched(matches, Option.none());
        } catch (RuntimeException e) {
            return new Matched(KnownAtCapture.NONE.match(capture), Option.some(e));
        }
    }

    /** Acts on the kept capture's matches; an error is given for the log, the capture stays kept. */
    private Option<RuntimeException> followUp(RecordedCapture recorded) {
        try {
            known.captured(recorded);
            return Option.none();
        } catch (RuntimeException e) {
            return Option.some(e);
        }
    }

    /** The capturer itself failed: a fault of the program, tried again like a failure that may pass. */
    private Ran afterError(String worker, LeasedJob job, RuntimeException error) {
        JobFailure why = JobFailure.internal();
        Option<Duration> retry = retries.delayAfter(job.attempt());
        boolean held = retry.isDefined()
                ? jobs.retryLater(job, worker, clock.instant().plus(retry.get()), why)
                : jobs.finish(job, worker, CaptureJob.State.FAILED, clock.instant(), Option.some(why));
        Outcome outcome = !held ? Outcome.LOST : retry.isDefined() ? Outcome.RETRY_LATER : Outcome.FAILED;
        return new Ran(job, outcome, Option.some(why), Option.some(error));
    }
}
