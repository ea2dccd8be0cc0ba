package org.hotline.domain.statistics;

import java.time.LocalDate;
import java.util.Objects;

/** One day of a period: the reports received and the removals seen that day. */
public record Day(LocalDate day, long reports, long removals) {

    public Day {
        Objects.requireNonNull(day, "day");
        if (reports < 0 || removals < 0) {
            throw new IllegalArgumentException("counts are not negative: " + reports + ", " + removals);
        }
    }
}
