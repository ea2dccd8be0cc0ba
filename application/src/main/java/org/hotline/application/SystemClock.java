package org.hotline.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.hotline.domain.Clock;

/** The system clock, to the microsecond: the precision the database keeps, so a stored time reads back equal. */
final class SystemClock implements Clock {

    @Override
    public Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
