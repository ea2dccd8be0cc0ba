package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.staff.StaffId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseStateTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final CountryCode NL = CountryCode.parse("NL").get();
    private static final StaffId ANALYST = new StaffId(java.util.UUID.fromString("00000000-0000-0000-0000-00000000a11a"));

    @Test
    void only_a_waiting_or_claimed_case_is_claimable() {
        assertThat(new CaseState.AwaitingAssessment()).isInstanceOf(CaseState.Claimable.class);
        assertThat(new CaseState.InAssessment(ANALYST, AT, AT.plusSeconds(60))).isInstanceOf(CaseState.Claimable.class);
        assertThat(new CaseState.AwaitingHostingTrace(AT)).isNotInstanceOf(CaseState.Claimable.class);
        assertThat(new CaseState.Closed(AT, CaseState.ClosureReason.NOT_ILLEGAL)).isNotInstanceOf(CaseState.Claimable.class);
    }

    @Test
    void assessed_and_pursued_cases_are_appealable_and_unassessed_ones_are_not() {
        assertThat(new CaseState.AwaitingAssessment().appealable()).isFalse();
        assertThat(new CaseState.InAssessment(ANALYST, AT, AT.plusSeconds(60)).appealable()).isFalse();
        assertThat(new CaseState.AwaitingLegalReview(AT).appealable()).isTrue();
        assertThat(new CaseState.AwaitingHostingTrace(AT).appealable()).isTrue();
        assertThat(new CaseState.InTakedown(AT).appealable()).isTrue();
        assertThat(new CaseState.ToRefer(AT, NL).appealable()).isTrue();
        assertThat(new CaseState.ForPolice(AT, NL).appealable()).isTrue();
        assertThat(new CaseState.Forwarded(AT, "NL hotline").appealable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CaseState.ClosureReason.class)
    void a_closed_case_is_appealable_only_when_it_was_closed_as_not_illegal(CaseState.ClosureReason reason) {
        assertThat(new CaseState.Closed(AT, reason, Option.none()).appealable())
                .isEqualTo(reason == CaseState.ClosureReason.NOT_ILLEGAL);
    }
}
