package org.hotline.domain.throttle;

import java.time.Duration;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How often one client may do something: {@code burst} times at once, and {@code perHour} times an hour over time
 * (the bucket refills evenly). Zero an hour turns the limit off.
 */
@ValueObject
public record Allowance(int perHour, int burst) {

    public Allowance {
        if (perHour < 0 || burst < 1) {
            throw new IllegalArgumentException("an allowance has a rate of zero or more and a burst of at least one");
        }
    }

    /** An allowance given by the minute, as the configuration has it. */
    public static Allowance perMinute(int perMinute, int burst) {
        return new Allowance(Math.multiplyExact(perMinute, 60), burst);
    }

    public boolean limits() {
        return perHour > 0;
    }

    /** How long an emptied bucket takes to fill again: after that long untouched, a bucket is as good as new. */
    public Duration refill() {
        return limits() ? Duration.ofMillis((long) Math.ceil(burst * 3_600_000.0 / perHour)) : Duration.ZERO;
    }

    double tokensPerNano() {
        return perHour / 3.6e12;
    }
}
