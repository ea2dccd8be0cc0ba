package org.hotline.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a session lasts: it ends after {@code idle} without a request, and after {@code absolute} whatever
 * happens. The time of the last request is written at most once a {@code touchEvery}, not on every request. A member
 * holds at most {@code perMember} sessions: a new one ends the one used longest ago.
 */
public record SessionPolicy(Duration idle, Duration absolute, Duration touchEvery, int perMember) {

    private static final int STANDARD_PER_MEMBER = 5;

    public static final SessionPolicy STANDARD = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12),
            Duration.ofMinutes(1), STANDARD_PER_MEMBER);

    public SessionPolicy {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(absolute, "absolute");
        Objects.requireNonNull(touchEvery, "touchEvery");
        if (perMember < 1) {
            throw new IllegalArgumentException("a member may hold at least one session");
        }
    }

    public SessionPolicy(Duration idle, Duration absolute, Duration touchEvery) {
        this(idle, absolute, touchEvery, STANDARD_PER_MEMBER);
    }

    public boolean expired(Session session, Instant at) {
        return !at.isBefore(session.lastSeenAt().plus(idle)) || !at.isBefore(session.createdAt().plus(absolute));
    }

    public boolean needsTouch(Session session, Instant at) {
        return !at.isBefore(session.lastSeenAt().plus(touchEvery));
    }
}
