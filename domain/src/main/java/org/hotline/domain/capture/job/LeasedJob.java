package org.hotline.domain.capture.job;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A job a worker holds: what to capture, and which attempt this is. The attempt number is the worker's token: a
 * worker whose lease ran out while it worked (it hung, or the database was away) finds the job taken again under a
 * later attempt, and its result is not recorded.
 */
@ValueObject
public record LeasedJob(CaptureJobId id, CaseId caseId, ReportedUrl address, int attempt, Instant leaseUntil) {

    public LeasedJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (attempt < 1) {
            throw new IllegalArgumentException("a leased job is on its first attempt or a later one, not " + attempt);
        }
    }
}
