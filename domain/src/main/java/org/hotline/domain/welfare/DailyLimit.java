package org.hotline.domain.welfare;

import java.time.Duration;
import java.util.Objects;

/**
 * The most time an analyst spends in assessment on one day. Once reached, no new case is handed to the analyst until
 * the next day, unless a supervisor lifts the limit for that analyst and day. INHOPE recommends at most 4 hours.
 */
public record DailyLimit(Duration limit) {

    public static final Duration DEFAULT = Duration.ofHours(4);

    public DailyLimit {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero() || limit.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("a daily limit is more than nothing and at most 24 hours, not " + limit);
        }
    }

    public boolean reachedBy(Duration timeInAssessment) {
        return timeInAssessment.compareTo(limit) >= 0;
    }
}
