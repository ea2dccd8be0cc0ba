package org.hotline.domain.statistics;

import java.time.Duration;
import java.util.Objects;

/**
 * How long removals took, from the report that opened the case to the removal seen: how many there were, the median
 * and the 90th percentile (interpolated between the two nearest removals, as a spreadsheet's PERCENTILE does), and
 * how many were within 24 hours, 72 hours and 7 days.
 */
public record RemovalTimes(long removed, Duration median, Duration ninetieth, long within24Hours,
        long within72Hours, long within7Days) {

    public static final Duration DAY = Duration.ofHours(24);
    public static final Duration THREE_DAYS = Duration.ofHours(72);
    public static final Duration WEEK = Duration.ofDays(7);

    public RemovalTimes {
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(ninetieth, "ninetieth");
        if (removed < 1) {
            throw new IllegalArgumentException("times of at least one removal, not " + removed);
        }
        if (median.isNegative() || ninetieth.compareTo(median) < 0) {
            throw new IllegalArgumentException("the 90th percentile is at least the median, which is not negative: "
                    + median + ", " + ninetieth);
        }
        if (within24Hours < 0 || within72Hours < within24Hours || within7Days < within72Hours || removed < within7Days) {
            throw new IllegalArgumentException("removals within a day are within three days, which are within a week: "
                    + within24Hours + ", " + within72Hours + ", " + within7Days + " of " + removed);
        }
    }

    public Share within24HoursShare() {
        return new Share(within24Hours, removed);
    }

    public Share within72HoursShare() {
        return new Share(within72Hours, removed);
    }

    public Share within7DaysShare() {
        return new Share(within7Days, removed);
    }
}
