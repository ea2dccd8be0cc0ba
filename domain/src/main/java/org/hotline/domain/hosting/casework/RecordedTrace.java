package org.hotline.domain.hosting.casework;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** A hosting trace as it is kept with its case, and who asked for it (nobody: the program, after the assessment). */
@AggregateRoot
public record RecordedTrace(@Identity TraceId id, CaseId caseId, Option<StaffId> requestedBy, HostingTrace trace) {

    public RecordedTrace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(trace, "trace");
    }
}
