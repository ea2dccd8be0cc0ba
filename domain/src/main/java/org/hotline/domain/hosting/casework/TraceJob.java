package org.hotline.domain.hosting.casework;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A trace of a case's hosting, to be done: when it was asked for and by whom (nobody: the program, for a case
 * assessed illegal), how often it was tried, and why the last attempt failed, if one did. A trace itself always
 * completes (what DNS or the data could not say is recorded as such); an attempt fails only on a fault of the
 * program or its database, and is tried again later. Once the trace is recorded, the job is gone.
 */
@AggregateRoot
public record TraceJob(@Identity TraceJobId id, CaseId caseId, Instant requestedAt, Option<StaffId> requestedBy,
        int attempts, Option<String> lastFailure) {

    public TraceJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(lastFailure, "lastFailure");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are counted from zero");
        }
        if (lastFailure.isDefined() && attempts == 0) {
            throw new IllegalArgumentException("only a job that was tried has failed");
        }
    }

    /** A new job, due at once. */
    public static TraceJob requested(TraceJobId id, CaseId caseId, Instant at, Option<StaffId> by) {
        return new TraceJob(id, caseId, at, by, 0, Option.none());
    }
}
