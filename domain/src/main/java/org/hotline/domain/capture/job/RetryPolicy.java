package org.hotline.domain.capture.job;

import java.time.Duration;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a capture that failed is tried again: only for failures that may pass (the server unreachable, slow, or
 * answering with a server error or "too many requests"), at most {@code attempts} times in all, after a delay that
 * doubles from {@code firstDelay} with each attempt, up to {@code longestDelay}. A refused address, a page too large,
 * a redirect loop or a missing page will be the same next time, and the job ends at once with the capture that says
 * so.
 */
@ValueObject
public record RetryPolicy(int attempts, Duration firstDelay, Duration longestDelay) {

    public static final int DEFAULT_ATTEMPTS = 5;
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration DEFAULT_LONGEST_DELAY = Duration.ofHours(6);

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(longestDelay, "longestDelay");
        if (attempts < 1) {
            throw new IllegalArgumentException("a job is tried at least once");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays are positive, the longest no shorter than the first");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_ATTEMPTS, DEFAULT_FIRST_DELAY, DEFAULT_LONGEST_DELAY);
    }

    /** How long to wait before the next attempt, after attempt {@code made} (1 for the first) failed; none after the last. */
    public Option<Duration> delayAfter(int made) {
        if (made < 1) {
            throw new IllegalArgumentException("attempts are counted from 1, not " + made);
        }
        if (made >= attempts) {
            return Option.none();
        }
        int doublings = Math.min(made - 1, 40);
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Option.some(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
    }

    /** True for a failure that may pass by itself, so that trying again later is worth it. */
    public static boolean mayPass(CaptureFailure failure) {
        if (failure instanceof CaptureFailure.Unsuccessful unsuccessful) {
            int status = unsuccessful.status();
            return status >= 500 || status == 408 || status == 429;
        }
        return failure instanceof CaptureFailure.ConnectionFailed || failure instanceof CaptureFailure.TimedOut
                || failure instanceof CaptureFailure.NameNotResolved;
    }
}
