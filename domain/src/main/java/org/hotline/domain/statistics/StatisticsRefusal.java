package org.hotline.domain.statistics;

import org.hotline.domain.Rejection;

/** Why the statistics were not shown ({@link ShowStatistics}). */
public enum StatisticsRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    /** The period asked for is not one: a day that is not a date, the last day before the first or after today, or too long. */
    PERIOD_INVALID("statistics.period_invalid");

    private final String code;

    StatisticsRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
