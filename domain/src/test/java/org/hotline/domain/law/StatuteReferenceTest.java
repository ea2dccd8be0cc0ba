package org.hotline.domain.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatuteReferenceTest {

    private static final LocalDate FROM = LocalDate.of(2022, 6, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 4, 7);

    private final StatuteReference openEnded = StatuteReference.inForceSince("Act s.1", FROM, "note");
    private final StatuteReference replaced = openEnded.until(UNTIL);

    @Test
    void a_provision_is_in_force_from_its_first_day() {
        assertThat(openEnded.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(openEnded.inForceOn(FROM)).isTrue();
        assertThat(openEnded.inForceOn(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void a_replaced_provision_is_in_force_up_to_and_including_its_last_day() {
        assertThat(replaced.inForceOn(FROM)).isTrue();
        assertThat(replaced.inForceOn(UNTIL)).isTrue();
        assertThat(replaced.inForceOn(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    void a_provision_in_force_for_one_day_only_is_in_force_on_that_day() {
        StatuteReference oneDay = openEnded.until(FROM);

        assertThat(oneDay.inForceOn(FROM)).isTrue();
        assertThat(oneDay.inForceOn(FROM.plusDays(1))).isFalse();
    }

    @Test
    void a_provision_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> openEnded.until(FROM.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Act s.1");
    }

    @Test
    void marking_a_reference_unverified_keeps_its_dates_and_says_why() {
        StatuteReference doubtful = replaced.unverified("start date not found");

        assertThat(openEnded.verified()).isTrue();
        assertThat(doubtful.verified()).isFalse();
        assertThat(doubtful.note()).isEqualTo("start date not found");
        assertThat(doubtful.effectiveFrom()).isEqualTo(FROM);
        assertThat(doubtful.effectiveUntil().get()).isEqualTo(UNTIL);
    }
}
