package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.Sha256;

/**
 * A member's signed-in session. Only the SHA-256 digest of the session's token is kept: whoever reads the store
 * cannot use a session from it. The form token guards every change the session makes (against cross-site forgery).
 */
public record Session(String idDigest, StaffId staff, Instant createdAt, Instant lastSeenAt, String formToken) {

    public Session {
        Objects.requireNonNull(idDigest, "idDigest");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(formToken, "formToken");
    }

    /** The digest a presented session token is looked up by. */
    public static String digestOf(String token) {
        return Sha256.hex(token);
    }
}
