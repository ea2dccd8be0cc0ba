package org.hotline.domain.staff;

import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.Sha256;

/**
 * A browser in which a member has signed in before: it holds a random token in a long-lived cookie, and the store
 * keeps only the token's digest. Failed sign-ins from it count against it alone, not against the member's account,
 * so that strangers guessing at the account, who lock it for every new browser, never lock the member out of their
 * own. The token proves nothing else: it opens no session and skips no password.
 */
public record TrustedDevice(String digest, StaffId staff, Instant since, Instant lastUsedAt, int failedSignIns,
        Option<Instant> lockedUntil) {

    public TrustedDevice {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        if (failedSignIns < 0) {
            throw new IllegalArgumentException("failed sign-ins are never negative");
        }
    }

    /** A browser the member just signed in from, known by the digest of its new token. */
    public static TrustedDevice of(String token, StaffId staff, Instant at) {
        return new TrustedDevice(digestOf(token), staff, at, at, 0, Option.none());
    }

    public static String digestOf(String token) {
        return Sha256.hex("device:" + token);
    }

    public boolean lockedAt(Instant at) {
        return lockedUntil.exists(at::isBefore);
    }

    TrustedDevice failed(Instant at, LockoutPolicy policy) {
        int failures = failedSignIns + 1;
        return new TrustedDevice(digest, staff, since, at, failures, policy.lockAfter(failures, at).orElse(lockedUntil));
    }

    TrustedDevice signedIn(Instant at) {
        return new TrustedDevice(digest, staff, since, at, 0, Option.none());
    }
}
