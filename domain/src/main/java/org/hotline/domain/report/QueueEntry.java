package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.hotline.domain.staff.StaffId;

/**
 * One line of a list of waiting cases, such as the analyst queue: an open case and the reports folded into it.
 *
 * @param priority how urgent the case is, by the queue's priority policy
 * @param reportCount how many reports the case holds in all
 * @param earliestReports the first reports of the case, oldest first; at most as many as the query asked for
 */
public record QueueEntry(
        CaseId caseId,
        ReportedUrl url,
        Instant openedAt,
        CaseState state,
        Priority priority,
        int reportCount,
        Seq<QueuedReport> earliestReports) {

    public QueueEntry {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(earliestReports, "earliestReports");
    }

    /** The analyst holding the claim on the case, as the entry was read; none when nobody does. */
    public Option<StaffId> claimedBy() {
        return state instanceof CaseState.InAssessment claim ? Option.some(claim.analyst()) : Option.none();
    }

    /** The entry as it stands at the given time: a claim that ran out by then shows as free. */
    public QueueEntry asOf(Instant at) {
        return new QueueEntry(caseId, url, openedAt, state.asOf(at), priority, reportCount, earliestReports);
    }

    /** A report as the queue shows it: enough to recognise it, nothing of the reporter. */
    public record QueuedReport(ReportId id, ReportReference reference, Instant receivedAt, Channel channel,
            Set<SeenContent> seen) {
    }
}
