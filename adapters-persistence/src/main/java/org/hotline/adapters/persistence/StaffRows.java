package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * The rows of staff members, sessions and audit records, as stored. Public only because Jdbi maps them by
 * reflection; nothing outside this adapter uses them.
 */
public final class StaffRows {

    private StaffRows() {
    }

    public record StaffRow(UUID id, String username, String displayName, String[] roles, boolean active,
            String passwordHash, int failedSignIns, Instant lockedUntil, boolean mustChangePassword, Instant createdAt,
            Instant updatedAt, String language) {
    }

    public record SessionRow(String idDigest, UUID staffId, Instant createdAt, Instant lastSeenAt, String formToken,
            String client, String browser) {
    }

    public record AuditRow(long sequence, UUID actor, String actorRole, Instant at, String action, String subject,
            String stateBefore, String stateAfter, String previousHash, String hash, String seal) {
    }

    public record HeadRow(long lastSequence, String lastHash) {
    }
}
