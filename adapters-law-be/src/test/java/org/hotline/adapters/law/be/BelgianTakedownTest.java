package org.hotline.adapters.law.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Step;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownId;
import org.hotline.domain.takedown.TakedownRefusal;
import org.junit.jupiter.api.Test;

/**
 * Belgian content hosted in Belgium, run to removal under the protocol: the hotline tells the Federal Police, the
 * magistrate approves verbally, the police (never the hotline) contact the host, the written order follows.
 */
class BelgianTakedownTest {

    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static final StaffId ANALYST = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final StaffId LIAISON = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));

    private static Takedown started() {
        return Takedown.start(new TakedownId(UUID.randomUUID()), new CaseId(UUID.randomUUID()),
                BelgianCooperationProtocol.HOME_HOSTED, START);
    }

    @Test
    void the_police_contact_the_host_only_after_the_magistrates_approval_and_removal_is_seen_after_that() {
        Takedown takedown = started();
        assertThat(takedown.record("police-notice-to-host", LIAISON, START, Option.none()).getLeft().reason())
                .isEqualTo(TakedownRefusal.STEP_WAITING);
        assertThat(takedown.removalSeen(ANALYST, START, "gone").getLeft().reason()).isEqualTo(TakedownRefusal.NOT_NOTIFIED_YET);

        takedown = takedown.record("notify-federal-police", ANALYST, START.plusSeconds(600), Option.some("FCCU ref 1"))
                .get().after();
        assertThat(takedown.record("police-notice-to-host", LIAISON, START, Option.none()).getLeft().reason())
                .as("no approval yet").isEqualTo(TakedownRefusal.STEP_WAITING);
        takedown = takedown.record("magistrate-verbal-approval", LIAISON, START.plusSeconds(3600), Option.none()).get().after();
        takedown = takedown.record("police-notice-to-host", LIAISON, START.plusSeconds(7200), Option.none()).get().after();

        assertThat(takedown.done()).extracting(step -> step.actor())
                .containsExactly(Actor.HOTLINE, Actor.MAGISTRATE, Actor.POLICE);
        assertThat(takedown.next()).extracting(Step::id).containsExactly("written-removal-order");
        Takedown removed = takedown.removalSeen(ANALYST, START.plus(Duration.ofHours(30)), "re-check: gone").get().after();
        assertThat(removed.timeToRemoval()).contains(Duration.ofHours(30));
    }

    @Test
    void a_police_hold_keeps_the_police_notice_back_until_it_is_lifted() {
        Takedown approved = started()
                .record("notify-federal-police", ANALYST, START, Option.none()).get().after()
                .record("magistrate-verbal-approval", LIAISON, START, Option.none()).get().after();
        Takedown held = approved.placeHold(LIAISON, START, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14),
                "investigation under way").get().after();

        assertThat(held.record("police-notice-to-host", LIAISON, START, Option.none()).getLeft().reason())
                .isEqualTo(TakedownRefusal.ON_POLICE_HOLD);
        Takedown lifted = held.liftHold(LIAISON, START.plusSeconds(60), "the police let it go ahead").get().after();
        assertThat(lifted.done()).as("Belgium's procedure has no hold step: lifting records none").hasSize(2);
        assertThat(lifted.record("police-notice-to-host", LIAISON, START.plusSeconds(120), Option.none()).isRight()).isTrue();
    }
}
