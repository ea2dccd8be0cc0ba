package org.hotline.domain.welfare;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.staff.StaffId;

/**
 * The team's workload and exposure in one week (Monday to Sunday), analyst by analyst and day by day: what a
 * supervisor's dashboard shows.
 */
public record Workload(LocalDate firstDay, LocalDate lastDay, Seq<AnalystWeek> analysts) {

    public Workload {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(analysts, "analysts");
    }

    /** One analyst's week: each day of it, and the week in sum. */
    public record AnalystWeek(StaffId analyst, Seq<Day> days) {

        public ExposureFigures week() {
            return days.foldLeft(ExposureFigures.NONE, (sum, day) -> sum.plus(day.figures()));
        }

        public boolean limitReached() {
            return days.exists(Day::limitReached);
        }

        public boolean limitLifted() {
            return days.exists(Day::limitLifted);
        }
    }

    /** One analyst's day. */
    public record Day(LocalDate day, ExposureFigures figures, boolean limitReached, boolean limitLifted) {
    }
}
