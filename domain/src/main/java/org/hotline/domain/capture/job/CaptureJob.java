package org.hotline.domain.capture.job;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A capture of a case's address, to be done or done: when it was asked for and by whom (nobody: the program, for a
 * new case), how often it was tried, and where it stands.
 *
 * <ul>
 * <li>{@link State#PENDING}: waiting to be tried from {@code nextAttemptAt}; {@code lastFailure} says why an earlier
 * attempt did not succeed, if one was made.</li>
 * <li>{@link State#RUNNING}: an instance of the program holds it until {@code leaseUntil}; if that instance dies, the
 * job is taken again once the lease has run out.</li>
 * <li>{@link State#DONE}: the capture is recorded (some of its items may have failed, each saying why).</li>
 * <li>{@link State#FAILED}: the page could not be had, for a reason trying again will not change (a refused address,
 * say) or on the last attempt; {@code lastFailure} says why, and the capture that says so is recorded too.</li>
 * </ul>
 */
@AggregateRoot
public record CaptureJob(@Identity CaptureJobId id, CaseId caseId, ReportedUrl address, State state,
        Instant requestedAt, Option<StaffId> requestedBy, int attempts, Instant nextAttemptAt,
        Option<Instant> leaseUntil, Option<Instant> finishedAt, Option<JobFailure> lastFailure) {

    /** Where a job stands. */
    public enum State {
        PENDING, RUNNING, DONE, FAILED;

        /** Pending or running: a capture is still to come. */
        public boolean waiting() {
            return this == PENDING || this == RUNNING;
        }
    }

    public CaptureJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(lastFailure, "lastFailure");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are counted from zero");
        }
        if ((state == State.RUNNING) != leaseUntil.isDefined()) {
            throw new IllegalArgumentException("a running job, and only a running one, is held until a time");
        }
        if (state.waiting() == finishedAt.isDefined()) {
            throw new IllegalArgumentException("a done or failed job, and only such a job, has finished");
        }
        if (state == State.FAILED && lastFailure.isEmpty()) {
            throw new IllegalArgumentException("a failed job says why");
        }
        if (state == State.DONE && lastFailure.isDefined()) {
            throw new IllegalArgumentException("a job that is done did not fail");
        }
        if (state != State.PENDING && attempts == 0) {
            throw new IllegalArgumentException("a job that ran was tried at least once");
        }
    }

    /** A new job, due at once. */
    public static CaptureJob requested(CaptureJobId id, CaseId caseId, ReportedUrl address, Instant at,
            Option<StaffId> by) {
        return new CaptureJob(id, caseId, address, State.PENDING, at, by, 0, at, Option.none(), Option.none(),
                Option.none());
    }

    /** True when the job waits for its next attempt after one that did not succeed. */
    public boolean retrying() {
        return state == State.PENDING && lastFailure.isDefined();
    }
}
