package org.hotline.domain.testing;

import java.time.Duration;
import java.time.Instant;

import org.hotline.domain.Clock;

/** A clock that stands still until a test moves it. */
public final class FixedClock implements Clock {

    private Instant now;

    public FixedClock(Instant start) {
        this.now = start;
    }

    public static FixedClock at(String isoInstant) {
        return new FixedClock(Instant.parse(isoInstant));
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }
}
