package org.hotline.domain.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class TakedownTest {

    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final StaffId ANALYST = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final StaffId LIAISON = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));

    /** Police told, police clear, a possible hold, the hotline's notice, then the removal check. */
    private static final Procedure PROCEDURE = Procedure.of("test-home",
            Step.of("tell-police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
            Step.of("police-clear", StepKind.POLICE_CLEARANCE, Actor.POLICE, "The police clear it.", "tell-police"),
            Step.of("police-hold", StepKind.POLICE_HOLD, Actor.POLICE, "No hold, or the hold lifted.", "police-clear"),
            Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host.", "police-hold"),
            Step.of("check", StepKind.CONFIRM_REMOVAL, Actor.HOTLINE, "See it gone.", "notice"));

    private static Takedown started() {
        return Takedown.start(new TakedownId(UUID.fromString("00000000-0000-0000-0000-00000000c0de")),
                new CaseId(UUID.fromString("00000000-0000-0000-0000-00000000ca5e")), PROCEDURE, START);
    }

    private static Takedown after(Either<Rejection<TakedownRefusal>, TakedownChange> change) {
        assertThat(change.isRight()).as(() -> change.isLeft() ? change.getLeft().detail() : "").isTrue();
        return change.get().after();
    }

    private static TakedownRefusal refusal(Either<Rejection<TakedownRefusal>, TakedownChange> change) {
        assertThat(change.isLeft()).as("refused").isTrue();
        return change.getLeft().reason();
    }

    private static Takedown record(Takedown takedown, String step, int minutes) {
        return after(takedown.record(step, ANALYST, START.plus(Duration.ofMinutes(minutes)), Option.none()));
    }

    @Test
    void steps_are_recorded_in_the_agreements_order_by_the_actor_it_names() {
        Takedown takedown = started();
        assertThat(takedown.next()).extracting(Step::id).containsExactly("tell-police");
        assertThat(refusal(takedown.record("notice", ANALYST, START, Option.none()))).isEqualTo(TakedownRefusal.STEP_WAITING);
        assertThat(takedown.record("notice", ANALYST, START, Option.none()).getLeft().detail()).contains("police-hold");

        Takedown told = record(takedown, "tell-police", 5);
        assertThat(told.done()).singleElement().satisfies(step -> {
            assertThat(step.actor()).isEqualTo(Actor.HOTLINE);
            assertThat(step.recordedBy()).isEqualTo(ANALYST);
            assertThat(step.at()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        });
        assertThat(told.next()).extracting(Step::id).containsExactly("police-clear");
        Takedown cleared = record(told, "police-clear", 30);
        assertThat(cleared.done().last().actor()).isEqualTo(Actor.POLICE);
        assertThat(refusal(cleared.record("police-clear", ANALYST, START, Option.none())))
                .isEqualTo(TakedownRefusal.STEP_ALREADY_DONE);
        assertThat(refusal(cleared.record("no-such-step", ANALYST, START, Option.none())))
                .isEqualTo(TakedownRefusal.UNKNOWN_STEP);
        assertThat(told.done()).as("the earlier takedown is unchanged").hasSize(1);
    }

    @Test
    void a_police_hold_stops_the_notice_until_it_is_lifted_and_lifting_it_does_the_hold_step() {
        Takedown cleared = record(record(started(), "tell-police", 5), "police-clear", 30);
        Takedown held = after(cleared.placeHold(LIAISON, START.plusSeconds(3600), TODAY, TODAY.plusDays(14), "op. Example 42"));

        assertThat(held.state()).isInstanceOf(TakedownState.Held.class);
        assertThat(held.next()).as("nothing can be done while the police hold it").isEmpty();
        assertThat(refusal(held.record("police-hold", ANALYST, START, Option.none()))).isEqualTo(TakedownRefusal.ON_POLICE_HOLD);
        assertThat(refusal(held.removalSeen(ANALYST, START, "gone"))).isEqualTo(TakedownRefusal.ON_POLICE_HOLD);
        assertThat(refusal(held.placeHold(LIAISON, START, TODAY, TODAY.plusDays(3), "again")))
                .isEqualTo(TakedownRefusal.HOLD_ALREADY_PLACED);
        assertThat(held.holdDueForReview(TODAY.plusDays(13))).isFalse();
        assertThat(held.holdDueForReview(TODAY.plusDays(14))).isTrue();

        Takedown lifted = after(held.liftHold(LIAISON, START.plusSeconds(7200), "investigation done"));
        assertThat(lifted.state()).isInstanceOf(TakedownState.Running.class);
        assertThat(lifted.done().last()).satisfies(step -> {
            assertThat(step.step()).isEqualTo("police-hold");
            assertThat(step.actor()).isEqualTo(Actor.POLICE);
            assertThat(step.recordedBy()).isEqualTo(LIAISON);
            assertThat(step.note()).contains("hold lifted: investigation done");
        });
        assertThat(lifted.next()).extracting(Step::id).containsExactly("notice");
        assertThat(refusal(lifted.liftHold(LIAISON, START, "twice"))).isEqualTo(TakedownRefusal.NO_HOLD);
    }

    @Test
    void a_hold_is_reviewed_on_a_later_day_and_cannot_be_placed_once_the_host_was_asked() {
        Takedown cleared = record(record(started(), "tell-police", 5), "police-clear", 30);
        assertThat(refusal(cleared.placeHold(LIAISON, START, TODAY, TODAY, "same day")))
                .isEqualTo(TakedownRefusal.REVIEW_DATE_INVALID);

        Takedown notified = record(record(cleared, "police-hold", 40), "notice", 50);
        assertThat(notified.noticeSent()).isTrue();
        assertThat(refusal(notified.placeHold(LIAISON, START, TODAY, TODAY.plusDays(7), "late")))
                .isEqualTo(TakedownRefusal.NOTICE_ALREADY_SENT);
    }

    @Test
    void removal_is_seen_only_after_the_notice_and_ends_the_takedown_with_its_time_to_removal() {
        Takedown cleared = record(record(started(), "tell-police", 5), "police-clear", 30);
        assertThat(refusal(cleared.removalSeen(ANALYST, START, "gone"))).isEqualTo(TakedownRefusal.NOT_NOTIFIED_YET);

        Takedown notified = record(record(cleared, "police-hold", 40), "notice", 60);
        assertThat(notified.noticeSentAt()).contains(START.plus(Duration.ofMinutes(60)));
        Instant gone = START.plus(Duration.ofHours(20));
        Takedown removed = after(notified.removalSeen(ANALYST, gone, "re-check: 404"));

        assertThat(removed.state()).isEqualTo(new TakedownState.Removed(gone, "re-check: 404"));
        assertThat(removed.done().last().step()).as("the removal check is done by seeing it gone").isEqualTo("check");
        assertThat(removed.timeToRemoval()).contains(Duration.ofHours(20));
        assertThat(removed.next()).isEmpty();
        assertThat(refusal(removed.record("check", ANALYST, gone, Option.none()))).isEqualTo(TakedownRefusal.ENDED);
        assertThat(refusal(removed.withdraw(gone, "appeal"))).isEqualTo(TakedownRefusal.ENDED);
        assertThat(notified.timeToRemoval()).isEmpty();
    }

    @Test
    void content_still_up_a_day_after_the_notice_is_due_for_another_notice() {
        Takedown notified = record(record(record(record(started(), "tell-police", 0), "police-clear", 0), "police-hold", 0),
                "notice", 0);
        assertThat(notified.stillUpAfter(Duration.ofHours(24), START.plus(Duration.ofHours(23)))).isFalse();
        assertThat(notified.stillUpAfter(Duration.ofHours(24), START.plus(Duration.ofHours(24)))).isTrue();
        assertThat(started().stillUpAfter(Duration.ofHours(24), START.plus(Duration.ofDays(3))))
                .as("no notice, no clock").isFalse();
        Takedown removed = after(notified.removalSeen(ANALYST, START.plusSeconds(60), "gone"));
        assertThat(removed.stillUpAfter(Duration.ofHours(24), START.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void a_withdrawn_takedown_takes_no_more_steps() {
        Takedown withdrawn = after(started().withdraw(START, "appeal: not illegal"));
        assertThat(withdrawn.state()).isEqualTo(new TakedownState.Withdrawn(START, "appeal: not illegal"));
        assertThat(withdrawn.isEnded()).isTrue();
        assertThat(refusal(withdrawn.record("tell-police", ANALYST, START, Option.none()))).isEqualTo(TakedownRefusal.ENDED);
        assertThat(refusal(withdrawn.placeHold(LIAISON, START, TODAY, TODAY.plusDays(1), "x"))).isEqualTo(TakedownRefusal.ENDED);
    }

    @Test
    void a_stored_takedown_comes_back_as_it_was() {
        Takedown told = record(started(), "tell-police", 5);
        Takedown restored = Takedown.restore(told.id(), told.caseId(), told.procedure(), told.startedAt(), told.done(),
                told.state(), told.liftedHolds(), told.version());
        assertThat(restored).isEqualTo(told);
        assertThat(restored.done()).isEqualTo(told.done());
        assertThat(restored.next()).extracting(Step::id).containsExactly("police-clear");
    }
}
