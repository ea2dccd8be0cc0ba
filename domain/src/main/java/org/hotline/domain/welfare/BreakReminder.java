package org.hotline.domain.welfare;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Seq;

/**
 * Reminds an analyst to take a break after {@code after} of assessment time without a pause of at least
 * {@code shortestBreak}. A reminder, not a stop: the daily limit is what stops the queue.
 */
public record BreakReminder(Duration after, Duration shortestBreak) {

    public static final Duration DEFAULT_AFTER = Duration.ofMinutes(50);
    public static final Duration DEFAULT_SHORTEST_BREAK = Duration.ofMinutes(10);

    public BreakReminder {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(shortestBreak, "shortestBreak");
        if (after.isNegative() || after.isZero() || shortestBreak.isNegative() || shortestBreak.isZero()) {
            throw new IllegalArgumentException("a stretch and a break last more than nothing");
        }
    }

    public static BreakReminder defaults() {
        return new BreakReminder(DEFAULT_AFTER, DEFAULT_SHORTEST_BREAK);
    }

    /**
     * The assessment time since the last break at the given time: the time in the latest run of intervals that no
     * pause of at least {@link #shortestBreak()} separates, counted back from {@code now}. Nothing while on a break.
     */
    public Duration stretch(Seq<Interval> worked, Instant now) {
        Duration stretch = Duration.ZERO;
        Instant resumed = now;
        for (Interval interval : Interval.merged(worked).reverse()) {
            if (Duration.between(interval.until(), resumed).compareTo(shortestBreak) >= 0) {
                break;
            }
            stretch = stretch.plus(interval.length());
            resumed = interval.from();
        }
        return stretch;
    }

    public boolean due(Duration stretch) {
        return stretch.compareTo(after) >= 0;
    }
}
