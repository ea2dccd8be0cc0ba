package org.hotline.adapters.law.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownId;
import org.hotline.domain.takedown.TakedownRefusal;
import org.junit.jupiter.api.Test;

/**
 * UK-hosted content run to removal: the police are told and authorise (or hold), the hotline sends the notice, the
 * removal is confirmed.
 */
class UkTakedownTest {

    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static final StaffId ANALYST = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final StaffId LIAISON = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));

    private static Takedown started() {
        Procedure home = new UkCooperationAgreement().procedureFor(UkCooperationAgreementTest.INDECENT_IMAGE,
                new HostingLocation.Home());
        return Takedown.start(new TakedownId(UUID.randomUUID()), new CaseId(UUID.randomUUID()), home, START);
    }

    @Test
    void the_hotline_sends_the_notice_only_after_the_police_authorised_it_and_no_hold_stands() {
        Takedown takedown = started();
        assertThat(takedown.record("notice-to-host", ANALYST, START, Option.none()).getLeft().reason())
                .isEqualTo(TakedownRefusal.STEP_WAITING);
        takedown = takedown.record("notify-police", ANALYST, START, Option.none()).get().after()
                .record("police-authorisation", LIAISON, START.plusSeconds(600), Option.none()).get().after();
        assertThat(takedown.record("notice-to-host", ANALYST, START, Option.none()).getLeft().reason())
                .as("the hold step (none placed) comes first").isEqualTo(TakedownRefusal.STEP_WAITING);
        takedown = takedown.record("police-hold", LIAISON, START.plusSeconds(660), Option.some("no hold")).get().after()
                .record("notice-to-host", ANALYST, START.plusSeconds(900), Option.none()).get().after();

        assertThat(takedown.done()).extracting(step -> step.actor())
                .containsExactly(Actor.HOTLINE, Actor.POLICE, Actor.POLICE, Actor.HOTLINE);
        Takedown removed = takedown.removalSeen(ANALYST, START.plus(Duration.ofHours(5)), "re-check: 410 Gone").get().after();
        assertThat(removed.done().last().step()).isEqualTo("confirm-removal");
        assertThat(removed.timeToRemoval()).contains(Duration.ofHours(5));
    }

    @Test
    void a_police_hold_stops_the_notice_and_lifting_it_is_the_police_hold_step() {
        Takedown authorised = started().record("notify-police", ANALYST, START, Option.none()).get().after()
                .record("police-authorisation", LIAISON, START, Option.none()).get().after();
        Takedown held = authorised.placeHold(LIAISON, START, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7),
                "NCA hold").get().after();
        assertThat(held.record("notice-to-host", ANALYST, START, Option.none()).getLeft().detail())
                .as("the notice waits for the hold step, which only lifting the hold does").contains("police-hold");
        assertThat(held.next()).extracting(Step::id).doesNotContain("notice-to-host", "police-hold");
        assertThat(held.record("police-hold", LIAISON, START, Option.none()).getLeft().reason())
                .isEqualTo(TakedownRefusal.ON_POLICE_HOLD);

        Takedown lifted = held.liftHold(LIAISON, START.plusSeconds(86_400), "investigation concluded").get().after();
        assertThat(lifted.next()).extracting(Step::id).contains("notice-to-host");
        assertThat(lifted.record("notice-to-host", ANALYST, START.plusSeconds(90_000), Option.none()).isRight()).isTrue();
    }
}
