package org.hotline.domain.report;

import java.time.Duration;

import io.vavr.control.Option;

/** How long cases have waited since they were opened, as an analyst narrows a list by age. */
public enum Waiting {
    ANY(null, null),
    UNDER_A_DAY(null, Duration.ofDays(1)),
    A_DAY_TO_A_WEEK(Duration.ofDays(1), Duration.ofDays(7)),
    OVER_A_WEEK(Duration.ofDays(7), null),
    OVER_A_MONTH(Duration.ofDays(30), null);

    private final Duration atLeast;
    private final Duration lessThan;

    Waiting(Duration atLeast, Duration lessThan) {
        this.atLeast = atLeast;
        this.lessThan = lessThan;
    }

    /** The shortest wait this takes in, if it has a lower bound. */
    public Option<Duration> atLeast() {
        return Option.of(atLeast);
    }

    /** The wait this takes in only cases below, if it has an upper bound. */
    public Option<Duration> lessThan() {
        return Option.of(lessThan);
    }
}
