package org.hotline.domain.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void overlapping_and_touching_intervals_are_merged_and_covered_once() {
        var intervals = List.of(minutes(30, 40), minutes(0, 10), minutes(5, 20), minutes(20, 25));

        assertThat(Interval.merged(intervals)).containsExactly(minutes(0, 25), minutes(30, 40));
        assertThat(Interval.covered(intervals)).isEqualTo(Duration.ofMinutes(35));
        assertThat(Interval.covered(List.empty())).isZero();
    }

    @Test
    void an_interval_is_clipped_to_bounds_and_disappears_outside_them() {
        assertThat(minutes(0, 30).within(minutes(10, 60))).contains(minutes(10, 30));
        assertThat(minutes(0, 10).within(minutes(10, 60))).isEmpty();
        assertThatThrownBy(() -> minutes(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_stretch_since_the_last_break_ignores_short_pauses_and_ends_with_a_long_one() {
        BreakReminder reminder = BreakReminder.defaults();

        assertThat(reminder.stretch(List.of(minutes(0, 30), minutes(35, 60)), T0.plus(Duration.ofMinutes(60))))
                .isEqualTo(Duration.ofMinutes(55));
        assertThat(reminder.stretch(List.of(minutes(0, 30), minutes(40, 60)), T0.plus(Duration.ofMinutes(60))))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(reminder.stretch(List.of(minutes(0, 60)), T0.plus(Duration.ofMinutes(70)))).isZero();
        assertThat(reminder.due(Duration.ofMinutes(50))).isTrue();
        assertThat(reminder.due(Duration.ofMinutes(49))).isFalse();
    }

    @Test
    void a_spell_counts_until_its_end_or_now_and_never_past_its_cap() {
        Spell running = Spell.begin(new org.hotline.domain.staff.StaffId(java.util.UUID.randomUUID()),
                new org.hotline.domain.report.CaseId(java.util.UUID.randomUUID()), T0, T0.plus(Duration.ofMinutes(30)));

        assertThat(running.counted(T0.plus(Duration.ofMinutes(10)))).isEqualTo(minutes(0, 10));
        assertThat(running.counted(T0.plus(Duration.ofHours(3)))).isEqualTo(minutes(0, 30));
        assertThat(running.end(T0.plus(Duration.ofMinutes(7)), Spell.Ending.RELEASED).counted(T0.plus(Duration.ofHours(3))))
                .isEqualTo(minutes(0, 7));
    }

    private static Interval minutes(int from, int until) {
        return new Interval(T0.plus(Duration.ofMinutes(from)), T0.plus(Duration.ofMinutes(until)));
    }
}
