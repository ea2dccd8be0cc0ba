package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * The rows of reports and cases, as stored, mapped explicitly to the domain by {@link ReportMapping}. Public only
 * because Jdbi binds and maps them by reflection; nothing outside this adapter uses them.
 */
public final class ReportRows {

    private ReportRows() {
    }

    public record ReportRow(UUID id, String reference, Instant receivedAt, String channel, String[] seen, String description,
            String contactName, String contactEmail, String contactPhone, UUID partnerId, String idempotencyScope,
            String idempotencyKey, String requestFingerprint) {
    }

    public record PartnerRow(UUID id, String name, String keyDigest, Instant registeredAt, boolean active) {
    }

    public record ReportUrlRow(UUID reportId, int position, String submittedUrl, String canonicalUrl, UUID caseId,
            boolean openedCase, Instant receivedAt) {
    }

    public record CaseRow(UUID id, String canonicalUrl, Instant openedAt, UUID firstReportId, String state,
            Instant stateSince, UUID claimedBy, Instant claimExpiresAt, String forwardedTo, String closureReason,
            String closureNote) {

        StateColumns stateColumns() {
            return new StateColumns(state, stateSince, claimedBy, claimExpiresAt, forwardedTo, closureReason, closureNote);
        }
    }

    /** The columns of {@code case_file} that hold a case's state. */
    public record StateColumns(String state, Instant stateSince, UUID claimedBy, Instant claimExpiresAt,
            String forwardedTo, String closureReason, String closureNote) {
    }

    public record QueueRow(UUID id, String canonicalUrl, Instant openedAt, UUID firstReportId, String state,
            Instant stateSince, UUID claimedBy, Instant claimExpiresAt, String forwardedTo, String closureReason,
            String closureNote, int priority, int reportCount) {

        CaseRow caseRow() {
            return new CaseRow(id, canonicalUrl, openedAt, firstReportId, state, stateSince, claimedBy, claimExpiresAt,
                    forwardedTo, closureReason, closureNote);
        }
    }

    /** What the reports of a case say about its urgency, as gathered on the case. */
    public record SignalsRow(int reportCount, boolean referred, boolean visual) {
    }

    public record QueuedReportRow(UUID caseId, UUID reportId, Instant receivedAt, String channel, String[] seen) {
    }
}
