package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;

/**
 * One line of the analyst queue: an open case and the reports folded into it.
 *
 * @param reportCount how many reports the case holds in all
 * @param earliestReports the first reports of the case, oldest first; at most as many as the query asked for
 */
public record QueueEntry(
        CaseId caseId,
        ReportedUrl url,
        Instant openedAt,
        CaseState state,
        int reportCount,
        Seq<QueuedReport> earliestReports) {

    public QueueEntry {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(earliestReports, "earliestReports");
    }

    /** How many reports were folded into the case after the one that opened it. */
    public int duplicates() {
        return Math.max(0, reportCount - 1);
    }

    /** A report as the queue shows it: enough to recognise it, nothing of the reporter. */
    public record QueuedReport(ReportId id, ReportReference reference, Instant receivedAt, Channel channel,
            Set<SeenContent> seen) {
    }
}
