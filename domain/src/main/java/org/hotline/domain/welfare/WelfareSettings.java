package org.hotline.domain.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the hotline looks after its analysts: the daily limit, the break reminder, and the time zone whose days the
 * limit counts (a day ends at midnight where the hotline is, not in UTC).
 */
public record WelfareSettings(ZoneId zone, DailyLimit dailyLimit, BreakReminder breakReminder) {

    public WelfareSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        Objects.requireNonNull(breakReminder, "breakReminder");
    }

    /** Four hours a day, a reminder after 50 minutes without a break of 10. */
    public static WelfareSettings defaults(ZoneId zone) {
        return new WelfareSettings(zone, new DailyLimit(DailyLimit.DEFAULT), BreakReminder.defaults());
    }

    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The day, as the hotline's clock on the wall runs: from its midnight to the next. */
    public Interval span(LocalDate day) {
        return new Interval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
