package org.hotline.domain.report;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The work on one canonical address. The first report of an address opens its case; later reports of the same
 * address, while the case is open, are folded into it instead of being queued again.
 */
@AggregateRoot
public final class Case {

    @Identity
    private final CaseId id;
    private final ReportedUrl url;
    private final Instant openedAt;
    private final ReportId firstReport;
    private final CaseState state;

    /** A report of an address nobody had reported before (or not since its last case closed). */
    public record Opened(CaseId caseId, String canonicalUrl, ReportId report, Instant at)
            implements org.jmolecules.event.types.DomainEvent {
    }

    /** A report of an address that already had an open case joined that case. */
    public record ReportFolded(CaseId caseId, ReportId report, Instant at)
            implements org.jmolecules.event.types.DomainEvent {
    }

    private Case(CaseId id, ReportedUrl url, Instant openedAt, ReportId firstReport, CaseState state) {
        this.id = Objects.requireNonNull(id, "id");
        this.url = Objects.requireNonNull(url, "url");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.firstReport = Objects.requireNonNull(firstReport, "firstReport");
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The case a report would open for one of its addresses, if no case for that address is open yet. */
    public static Case open(CaseId id, ReportedUrl url, Report report) {
        return new Case(id, url, report.receivedAt(), report.id(), new CaseState.AwaitingAssessment());
    }

    /** Rebuilds a case that was stored earlier. */
    public static Case restore(CaseId id, ReportedUrl url, Instant openedAt, ReportId firstReport, CaseState state) {
        return new Case(id, url, openedAt, firstReport, state);
    }

    public CaseId id() {
        return id;
    }

    public ReportedUrl url() {
        return url;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public ReportId firstReport() {
        return firstReport;
    }

    public CaseState state() {
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Case that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Case[" + id + ", " + url.canonical() + ", " + state.name() + "]";
    }
}
