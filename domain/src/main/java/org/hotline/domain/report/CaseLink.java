package org.hotline.domain.report;

import java.util.Objects;

/**
 * Which case one address of a report went to, and whether the report opened that case or was folded into a case
 * that was there already (open, or recently closed as not illegal).
 */
public record CaseLink(ReportedUrl url, CaseId caseId, boolean opened) {

    public CaseLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(caseId, "caseId");
    }

    public boolean folded() {
        return !opened;
    }
}
