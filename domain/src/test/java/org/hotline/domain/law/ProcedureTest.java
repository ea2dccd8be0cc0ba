package org.hotline.domain.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcedureTest {

    private static final Step POLICE = Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police.");
    private static final Step CLEARANCE = Step.of("clearance", StepKind.POLICE_CLEARANCE, Actor.POLICE, "Clear.", "police");
    private static final Step NOTICE = Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask to remove.", "clearance");

    @Test
    void a_procedure_in_the_order_its_steps_require_is_built() {
        Procedure procedure = Procedure.of("home", POLICE, CLEARANCE, NOTICE);

        assertThat(procedure.notice()).contains(NOTICE);
        assertThat(procedure.noticeSender()).contains(Actor.HOTLINE);
        assertThat(procedure.step("clearance")).contains(CLEARANCE);
    }

    @Test
    void a_notice_placed_before_a_clearance_is_refused() {
        Step earlyNotice = Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask to remove.", "police");

        assertThatThrownBy(() -> Procedure.of("hasty", POLICE, earlyNotice, CLEARANCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hasty")
                .hasMessageContaining("does not wait for the clearance clearance");
    }

    @Test
    void a_notice_placed_after_a_clearance_but_not_waiting_for_it_is_refused() {
        Step independentNotice = Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask to remove.", "police");

        assertThatThrownBy(() -> Procedure.of("parallel", POLICE, CLEARANCE, independentNotice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not wait for the clearance clearance");
    }

    @Test
    void a_notice_must_wait_for_every_clearance_not_just_one() {
        Step approval = Step.of("approval", StepKind.JUDICIAL_APPROVAL, Actor.MAGISTRATE, "Approve.", "police");

        assertThatThrownBy(() -> Procedure.of("half-cleared", POLICE, approval, CLEARANCE, NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not wait for the clearance approval");
    }

    @Test
    void a_police_hold_is_represented_as_a_step_the_notice_must_wait_for() {
        Step hold = Step.of("hold", StepKind.POLICE_HOLD, Actor.POLICE, "Hold while investigating.", "clearance");
        Step noticeAfterHold = Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask to remove.", "hold");

        Procedure held = Procedure.of("held", POLICE, CLEARANCE, hold, noticeAfterHold);

        assertThat(StepKind.POLICE_HOLD.isClearance()).isTrue();
        assertThat(held.waitsFor("notice", "hold")).isTrue();
        assertThatThrownBy(() -> Procedure.of("hold-ignored", POLICE, CLEARANCE, hold, NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not wait for the clearance hold");
    }

    @Test
    void only_clearances_and_holds_are_clearances() {
        assertThat(io.vavr.collection.List.of(StepKind.values()).filter(StepKind::isClearance))
                .containsExactly(StepKind.POLICE_CLEARANCE, StepKind.JUDICIAL_APPROVAL, StepKind.POLICE_HOLD);
    }

    @Test
    void a_step_that_requires_a_later_step_is_refused() {
        Step early = Step.of("early", StepKind.CONFIRM_REMOVAL, Actor.HOTLINE, "Check.", "police");

        assertThatThrownBy(() -> Procedure.of("backwards", early, POLICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step early of backwards requires police");
    }

    @Test
    void step_identifiers_are_unique_and_a_procedure_has_steps() {
        assertThatThrownBy(() -> Procedure.of("twice", POLICE, POLICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Procedure.of("empty")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waiting_is_followed_through_the_steps_in_between() {
        Procedure procedure = Procedure.of("home", POLICE, CLEARANCE, NOTICE);

        assertThat(procedure.waitsFor("notice", "clearance")).isTrue();
        assertThat(procedure.waitsFor("notice", "police")).isTrue();
        assertThat(procedure.waitsFor("police", "notice")).isFalse();
        assertThat(procedure.waitsFor("clearance", "clearance")).isFalse();
        assertThat(procedure.waitsFor("missing", "police")).isFalse();
    }

    @Test
    void a_procedure_without_a_notice_has_no_sender() {
        Procedure close = Procedure.of("close", Step.of("close", StepKind.CLOSE_CASE, Actor.HOTLINE, "Close."));

        assertThat(close.notice()).isEmpty();
        assertThat(close.noticeSender()).isEmpty();
    }
}
