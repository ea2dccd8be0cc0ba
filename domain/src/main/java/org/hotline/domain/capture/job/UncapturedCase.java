package org.hotline.domain.capture.job;

import java.util.Objects;

import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.jmolecules.ddd.annotation.ValueObject;

/** An open case that never had a capture job: what the round of new cases asks a capture of. */
@ValueObject
public record UncapturedCase(CaseId caseId, ReportedUrl address) {

    public UncapturedCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(address, "address");
    }
}
