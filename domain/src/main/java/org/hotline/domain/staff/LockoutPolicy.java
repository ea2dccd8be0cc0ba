package org.hotline.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.vavr.control.Option;

/**
 * When repeated wrong passwords lock an account, and for how long: every {@code threshold} failures in a row lock it,
 * the first time for {@code firstLock}, each time after for twice as long as the time before, never longer than
 * {@code longestLock}. A successful sign-in or a new password starts the count again.
 */
public record LockoutPolicy(int threshold, Duration firstLock, Duration longestLock) {

    /** Five failures lock for 15 minutes, ten for 30, fifteen for an hour, and so on up to a day. */
    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofDays(1));

    public LockoutPolicy {
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(longestLock, "longestLock");
        if (threshold < 1 || firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("a lock-out needs a threshold of at least 1 and a first lock no longer than the longest");
        }
    }

    /** The end of the lock that this many failures in a row bring, if they bring one. */
    public Option<Instant> lockAfter(int failures, Instant at) {
        if (failures < threshold || failures % threshold != 0) {
            return Option.none();
        }
        int lockNumber = failures / threshold;
        Duration lock = firstLock;
        for (int i = 1; i < lockNumber && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return Option.some(at.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock));
    }
}
