package org.hotline.domain.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.hotline.domain.staff.StaffId;

/** A supervisor's decision that an analyst may go on past the daily limit on one day, and why. */
public record LimitLift(StaffId analyst, LocalDate day, StaffId liftedBy, Instant at, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public LimitLift {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(liftedBy, "liftedBy");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
