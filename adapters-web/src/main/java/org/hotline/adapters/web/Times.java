package org.hotline.adapters.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Times as the staff pages show them: in the hotline's time zone, to the minute. */
final class Times {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    Times(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A day and a time, such as 2026-05-04 10:30. */
    String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    /** The time of day, such as 10:30: for what happens today. */
    String hour(Instant at) {
        return HOUR.format(at.atZone(zone));
    }

    /** A length of time in hours and minutes, such as 1 h 05 min. */
    static String length(Duration duration) {
        return duration.toHours() + " h " + String.format("%02d", duration.toMinutesPart()) + " min";
    }
}
