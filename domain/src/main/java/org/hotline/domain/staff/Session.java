package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.Sha256;

/**
 * A member's signed-in session. Only the SHA-256 digest of the session's token is kept: whoever reads the store
 * cannot use a session from it. The form token guards every change the session makes (against cross-site forgery).
 *
 * @param client the address the session was opened from, as the member may recognise it among their sessions
 * @param browser a short description of the browser it was opened in
 */
public record Session(String idDigest, StaffId staff, Instant createdAt, Instant lastSeenAt, String formToken,
        String client, String browser) {

    /** The longest description of a browser kept. */
    public static final int MAX_BROWSER_LENGTH = 120;

    public Session {
        Objects.requireNonNull(idDigest, "idDigest");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(formToken, "formToken");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(browser, "browser");
    }

    /** A session whose origin is not known. */
    public Session(String idDigest, StaffId staff, Instant createdAt, Instant lastSeenAt, String formToken) {
        this(idDigest, staff, createdAt, lastSeenAt, formToken, "", "");
    }

    /** The session, used again at the given time. */
    public Session seenAt(Instant at) {
        return new Session(idDigest, staff, createdAt, at.isAfter(lastSeenAt) ? at : lastSeenAt, formToken, client, browser);
    }

    /** The digest a presented session token is looked up by. */
    public static String digestOf(String token) {
        return Sha256.hex(token);
    }
}
