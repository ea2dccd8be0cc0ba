package org.hotline.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.FixedStatistics;
import org.junit.jupiter.api.Test;

class StatisticsDeskTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 30 November 2026, 00:30 in Brussels: already the 30th there, still the 29th in UTC. */
    private final FixedClock clock = FixedClock.at("2026-11-29T23:30:00Z");
    private final FixedStatistics queries = new FixedStatistics();
    private final StatisticsDesk desk = new StatisticsDesk(queries, clock, BRUSSELS);

    private static Option<String> some(String text) {
        return Option.some(text);
    }

    @Test
    void without_days_the_last_thirty_days_up_to_today_in_the_hotlines_zone_are_shown() {
        Statistics shown = desk.over(supervisor(1), Option.none(), Option.none()).get();

        assertThat(shown.period()).isEqualTo(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(queries.asked().get()).containsExactly(Instant.parse("2026-10-31T23:00:00Z"),
                Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(shown.days()).hasSize(30);
    }

    @Test
    void a_last_day_alone_ends_thirty_days_and_a_first_day_alone_runs_to_today() {
        assertThat(desk.over(supervisor(1), Option.none(), some("2026-03-31")).get().period())
                .isEqualTo(new Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)));
        assertThat(desk.over(supervisor(1), some(" 2026-11-20 "), some("")).get().period())
                .isEqualTo(new Period(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void the_period_covers_its_days_in_the_zone_across_a_change_of_clocks() {
        desk.over(supervisor(1), some("2026-03-29"), some("2026-03-29"));

        assertThat(queries.asked().get()).as("a day of 23 hours").containsExactly(Instant.parse("2026-03-28T23:00:00Z"),
                Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void every_day_of_the_period_is_given_in_order_with_nothing_on_days_without_counts() {
        queries.answering(Intake.NONE, List.empty(), Removals.NONE,
                List.of(new Day(LocalDate.of(2026, 11, 3), 4, 1), new Day(LocalDate.of(2026, 11, 1), 2, 0)));

        Statistics shown = desk.over(supervisor(1), some("2026-11-01"), some("2026-11-04")).get();

        assertThat(shown.days()).containsExactly(new Day(LocalDate.of(2026, 11, 1), 2, 0),
                new Day(LocalDate.of(2026, 11, 2), 0, 0), new Day(LocalDate.of(2026, 11, 3), 4, 1),
                new Day(LocalDate.of(2026, 11, 4), 0, 0));
    }

    private java.util.List<FieldError> refused(Option<String> from, Option<String> to) {
        var refusal = desk.over(supervisor(1), from, to).getLeft();
        assertThat(refusal.reason()).isEqualTo(StatisticsRefusal.PERIOD_INVALID);
        assertThat(queries.asked()).as("nothing counted").isEmpty();
        return refusal.fields().toJavaList();
    }

    @Test
    void days_that_are_not_dates_are_refused_each_by_its_field() {
        assertThat(refused(some("2026-02-30"), some("31/03/2026")))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("from", "statistics.day_invalid"),
                        org.assertj.core.groups.Tuple.tuple("to", "statistics.day_invalid"));
        assertThat(refused(some("+12026-01-01"), Option.none())).extracting(FieldError::code)
                .containsExactly("statistics.day_invalid");
    }

    @Test
    void a_last_day_after_today_or_before_the_first_is_refused() {
        assertThat(refused(Option.none(), some("2026-12-01"))).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "statistics.after_today"));
        assertThat(refused(some("2026-11-10"), some("2026-11-09"))).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "statistics.period_reversed"));
        assertThat(desk.over(supervisor(1), some("2026-11-30"), some("2026-11-30")).get().period().days()).isOne();
    }

    @Test
    void a_period_of_more_than_five_years_is_refused() {
        LocalDate to = LocalDate.of(2026, 11, 30);
        LocalDate longest = to.minusDays(Period.LONGEST_DAYS - 1);

        assertThat(refused(some(longest.minusDays(1).toString()), some(to.toString())))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("from", "statistics.period_too_long"));
        assertThat(desk.over(supervisor(1), some(longest.toString()), some(to.toString())).get().period().days())
                .isEqualTo(Period.LONGEST_DAYS);
    }

    @Test
    void only_a_supervisor_sees_the_statistics() {
        var refusal = desk.over(analyst(1), Option.none(), Option.none()).getLeft();

        assertThat(refusal.reason()).isEqualTo(StatisticsRefusal.ROLE_REQUIRED);
        assertThat(queries.asked()).isEmpty();
    }

    @Test
    void shares_are_parts_of_their_wholes_and_none_of_nothing() {
        var intake = new Intake(10, 12, 8, 5, 4, 1, 6, 3);

        assertThat(intake.illegalShare().percent()).contains(80.0);
        assertThat(intake.baselineShare().percent()).contains(25.0);
        assertThat(intake.knownShare().percent()).contains(50.0);
        assertThat(Intake.NONE.illegalShare().percent()).isEmpty();
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Intake(1, 1, 1, 1, 2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Intake(2, 1, 1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removal_times_hold_together() {
        var times = new RemovalTimes(4, Duration.ofHours(20), Duration.ofHours(90), 1, 3, 4);

        assertThat(times.within24HoursShare().percent()).contains(25.0);
        assertThat(times.within72HoursShare().percent()).contains(75.0);
        assertThat(times.within7DaysShare().percent()).contains(100.0);
        assertThatThrownBy(() -> new RemovalTimes(0, Duration.ZERO, Duration.ZERO, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemovalTimes(2, Duration.ofHours(5), Duration.ofHours(4), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemovalTimes(2, Duration.ofHours(5), Duration.ofHours(6), 2, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Removals(Option.none(), List.of(new Removals.Group(Option.none(), times)),
                List.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
