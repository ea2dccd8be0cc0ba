package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * The supervisors' dashboard of the team's workload and exposure in one week, analyst by analyst and day by day; who
 * reached the daily limit today; and the form that lifts an analyst's limit for today, with a reason.
 *
 * @param previousWeek a day of the week before, for the link to it
 * @param nextWeek a day of the week after
 * @param days the headings of the seven days, Monday first
 * @param reachedToday the names of the analysts who reached the daily limit today, lifted or not
 * @param analysts the analysts whose limit can be lifted
 */
public record WelfarePage(Messages t, String firstDay, String lastDay, String previousWeek, String nextWeek,
        List<String> days, List<AnalystRow> rows, String today, String dailyLimit, List<String> reachedToday,
        List<Choice> analysts, LiftForm typed, FieldErrors errors) {

    public static final List<String> FIELDS = List.of("analyst", "reason");

    /** One analyst's week: each day, then the week in sum. */
    public record AnalystRow(String name, List<Cell> days, Cell week) {
    }

    /** What an analyst was exposed to in a day or a week; {@code idle} when nothing at all. */
    public record Cell(boolean idle, int items, String time, int reveals, boolean limitReached, boolean limitLifted) {
    }

    /** An analyst to choose. */
    public record Choice(String id, String name) {
    }

    /** The lift form, as typed. */
    public record LiftForm(String analyst, String reason) {

        public static LiftForm empty() {
            return new LiftForm("", "");
        }
    }
}
