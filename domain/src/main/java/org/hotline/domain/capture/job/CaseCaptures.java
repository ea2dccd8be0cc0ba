package org.hotline.domain.capture.job;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a case page shows of captures: the case's latest job (where the next or last capture stands) and every
 * capture recorded, the latest first.
 */
@ValueObject
public record CaseCaptures(CaseId caseId, Option<CaptureJob> latestJob, Seq<RecordedCapture> captures) {

    public CaseCaptures {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(latestJob, "latestJob");
        Objects.requireNonNull(captures, "captures");
    }

    /** The latest capture, if any was recorded. */
    public Option<RecordedCapture> latest() {
        return captures.headOption();
    }

    /** True when a capture of the case is pending or running, so that asking for another is needless. */
    public boolean waiting() {
        return latestJob.exists(job -> job.state().waiting());
    }
}
