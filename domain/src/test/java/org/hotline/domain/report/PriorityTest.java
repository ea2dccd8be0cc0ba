package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorityTest {

    private final QueuePriority standard = QueuePriority.standard();

    @Test
    void a_report_of_text_alone_is_of_normal_priority() {
        assertThat(standard.of(new CaseSignals(1, false, false))).isEqualTo(Priority.NORMAL);
    }

    @Test
    void a_reporter_who_saw_images_or_videos_raises_the_case_to_high() {
        assertThat(standard.of(new CaseSignals(1, false, true))).isEqualTo(Priority.HIGH);
    }

    @Test
    void a_referral_from_a_partner_or_another_hotline_is_urgent() {
        assertThat(standard.of(new CaseSignals(1, true, false))).isEqualTo(Priority.URGENT);
    }

    @Test
    void an_address_reported_ten_times_is_viral_and_urgent() {
        assertThat(standard.of(new CaseSignals(9, false, true))).isEqualTo(Priority.HIGH);
        assertThat(standard.of(new CaseSignals(10, false, false))).isEqualTo(Priority.URGENT);
        assertThat(new StandardPriority(3).of(new CaseSignals(3, false, false))).isEqualTo(Priority.URGENT);
    }

    @Test
    void a_viral_threshold_below_two_reports_is_refused() {
        assertThatThrownBy(() -> new StandardPriority(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priorities_keep_their_rank_when_stored_as_numbers() {
        for (Priority priority : Priority.values()) {
            assertThat(Priority.ofRank(priority.rank())).isEqualTo(priority);
        }
        assertThat(Priority.URGENT.rank()).isGreaterThan(Priority.HIGH.rank());
        assertThatThrownBy(() -> Priority.ofRank(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
