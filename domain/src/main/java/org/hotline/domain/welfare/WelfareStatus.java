package org.hotline.domain.welfare;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import org.hotline.domain.staff.StaffId;

/**
 * Where an analyst stands today: their exposure so far, the daily limit, and whether a break is due.
 *
 * @param stretch the assessment time since their last break
 */
public record WelfareStatus(StaffId analyst, LocalDate day, ExposureFigures today, DailyLimit limit,
        boolean limitReached, boolean limitLifted, Duration stretch, boolean breakDue) {

    public WelfareStatus {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(stretch, "stretch");
    }

    /** True when the queue may hand the analyst a new case: below the limit, or the limit was lifted for today. */
    public boolean mayClaim() {
        return !limitReached || limitLifted;
    }
}
