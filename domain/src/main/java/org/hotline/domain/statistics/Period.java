package org.hotline.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whole days in the hotline's time zone, the first and the last included: at least one day, at most
 * {@link #LONGEST_DAYS}.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period shown: five years and a leap day. */
    public static final long LONGEST_DAYS = 5 * 365 + 2;

    /** The period shown when none is asked for: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST_DAYS) {
            throw new IllegalArgumentException("a period spans at most " + LONGEST_DAYS + " days: " + from + " to " + to);
        }
    }

    /** The {@code days} days that end with {@code last}. */
    public static Period ending(LocalDate last, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day, not " + days);
        }
        return new Period(last.minusDays(days - 1L), last);
    }

    /** How many days the period holds. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first moment of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone (the period ends before it). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
