package org.hotline.adapters.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Times as the staff pages show them: in the hotline's time zone, to the minute, written the way the reader's
 * language writes them. Each bundle gives its patterns ({@code format.when}, {@code format.hour}); a bundle without
 * them falls back to English's, 2026-05-04 10:30.
 */
final class Times {

    private final ZoneId zone;

    Times(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A day and a time, such as 2026-05-04 10:30 in English, 4 mei 2026 10:30 in Dutch. */
    String when(Instant at, Messages t) {
        return formatter(t, "format.when").format(at.atZone(zone));
    }

    /** The time of day, such as 10:30: for what happens today. */
    String hour(Instant at, Messages t) {
        return formatter(t, "format.hour").format(at.atZone(zone));
    }

    private static DateTimeFormatter formatter(Messages t, String key) {
        return DateTimeFormatter.ofPattern(t.get(key), t.locale());
    }

    /** A length of time in hours and minutes, such as 1 h 05 min. */
    static String length(Duration duration) {
        return duration.toHours() + " h " + String.format("%02d", duration.toMinutesPart()) + " min";
    }
}
