package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.StepDone;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownChange;
import org.hotline.domain.takedown.TakedownId;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Takedowns on the real database: what is stored reads back as it was, and a change is stored over its version. */
class PostgresTakedownsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final StaffId ANALYST = TestStaff.staff(1);
    private static final StaffId LIAISON = TestStaff.staff(5);
    private static final Procedure PROCEDURE = new Procedure("uk-like", io.vavr.collection.List.of(
            Step.of("notify-police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
            Step.of("police-authorisation", StepKind.POLICE_CLEARANCE, Actor.POLICE, "They authorise.", "notify-police"),
            Step.of("police-hold", StepKind.POLICE_HOLD, Actor.POLICE, "Any hold lifted.", "police-authorisation"),
            Step.of("notice-to-host", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Notice.", "police-hold")
                    .within(Duration.ofHours(72)),
            Step.of("confirm-removal", StepKind.CONFIRM_REMOVAL, Actor.HOTLINE, "Check.", "notice-to-host")));

    private PostgresWorkbench bench;
    private PostgresTakedowns takedowns;

    @BeforeEach
    void empty() {
        Database database = TestDatabase.empty();
        bench = new PostgresWorkbench(database, new InMemoryAuditTrail());
        takedowns = new PostgresTakedowns(database);
    }

    private Takedown started(String url, Instant at) {
        Takedown takedown = Takedown.start(new TakedownId(UUID.randomUUID()), PostgresWorkbench.id(bench.aCase(url)),
                PROCEDURE, at);
        takedowns.add(takedown);
        return takedown;
    }

    /** The change stored, and the takedown after it. */
    private Takedown stored(TakedownChange change) {
        assertThat(takedowns.change(change.after())).isTrue();
        return change.after();
    }

    private Takedown readBack(Takedown takedown) {
        return takedowns.ofCase(takedown.caseId()).get();
    }

    private static void assertSame(Takedown read, Takedown kept) {
        assertThat(read).isEqualTo(kept);
        assertThat(read.procedure()).isEqualTo(kept.procedure());
        assertThat(read.startedAt()).isEqualTo(kept.startedAt());
        assertThat(read.done()).isEqualTo(kept.done());
        assertThat(read.state()).isEqualTo(kept.state());
        assertThat(read.liftedHolds()).isEqualTo(kept.liftedHolds());
        assertThat(read.version()).isEqualTo(kept.version());
    }

    @Test
    void a_takedown_reads_back_with_its_procedure_its_steps_in_order_its_holds_and_its_version() {
        Takedown takedown = started("http://home.example/a", T0);
        assertSame(readBack(takedown), takedown);

        takedown = stored(takedown.record("notify-police", ANALYST, T0.plusSeconds(60), Option.some("ref 1")).get());
        takedown = stored(takedown.placeHold(LIAISON, T0.plusSeconds(120), TODAY, TODAY.plusDays(14), "OP-7").get());
        assertSame(readBack(takedown), takedown);
        takedown = stored(takedown.record("police-authorisation", LIAISON, T0.plusSeconds(180), Option.none()).get());
        takedown = stored(takedown.liftHold(LIAISON, T0.plusSeconds(240), "arrests made").get());
        takedown = stored(takedown.placeHold(LIAISON, T0.plusSeconds(300), TODAY, TODAY.plusDays(7), "OP-8").get());

        Takedown read = readBack(takedown);
        assertSame(read, takedown);
        assertThat(read.procedure().step("notice-to-host").get().targetDeadline()).contains(Duration.ofHours(72));
        assertThat(read.done()).extracting(StepDone::step)
                .containsExactly("notify-police", "police-authorisation", "police-hold");
        assertThat(read.hold().get().reference()).isEqualTo("OP-8");
        assertThat(read.liftedHolds().single().hold().reference()).isEqualTo("OP-7");
        assertThat(read.version()).isEqualTo(5);
    }

    @Test
    void removed_and_withdrawn_takedowns_read_back_ended_and_only_running_ones_are_listed_oldest_first() {
        Takedown removed = started("http://home.example/removed", T0);
        removed = stored(removed.record("notify-police", ANALYST, T0, Option.none()).get());
        removed = stored(removed.record("police-authorisation", LIAISON, T0, Option.none()).get());
        removed = stored(removed.record("police-hold", LIAISON, T0, Option.none()).get());
        removed = stored(removed.record("notice-to-host", ANALYST, T0, Option.none()).get());
        removed = stored(removed.removalSeen(StepDone.THE_PROGRAM, T0.plusSeconds(3600), "re-check: 404").get());
        Takedown withdrawn = stored(started("http://home.example/withdrawn", T0).withdraw(T0.plusSeconds(5), "appeal").get());
        Takedown later = started("http://home.example/later", T0.plusSeconds(10));
        Takedown earlier = started("http://home.example/earlier", T0.minusSeconds(10));

        assertSame(readBack(removed), removed);
        assertSame(readBack(withdrawn), withdrawn);
        assertThat(readBack(removed).state()).isEqualTo(new TakedownState.Removed(T0.plusSeconds(3600), "re-check: 404"));
        assertThat(readBack(removed).done().last().byTheProgram()).isTrue();
        assertThat(takedowns.running()).containsExactly(earlier, later);
        assertThat(takedowns.ofCase(new CaseId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_withdrawn_takedown_that_runs_again_reads_back_running() {
        Takedown takedown = stored(started("http://home.example/a", T0).withdraw(T0, "appeal: not illegal").get());
        takedown = stored(takedown.resume(T0.plusSeconds(60)).get());

        assertSame(readBack(takedown), takedown);
        assertThat(takedowns.running()).containsExactly(takedown);
    }

    @Test
    void of_two_members_of_staff_changing_one_takedown_at_once_only_the_first_is_stored() {
        Takedown read = started("http://home.example/a", T0);
        Takedown byAnalyst = read.record("notify-police", ANALYST, T0, Option.some("analyst")).get().after();
        Takedown bySomeoneElse = read.record("notify-police", TestStaff.staff(2), T0, Option.some("other")).get().after();

        assertThat(takedowns.change(byAnalyst)).isTrue();
        assertThat(takedowns.change(bySomeoneElse)).isFalse();
        assertThat(readBack(read).done().single().note()).contains("analyst");
        assertThat(readBack(read).version()).isEqualTo(1);
    }

    @Test
    void a_case_has_one_takedown_at_most() {
        Takedown first = started("http://home.example/a", T0);

        assertThatThrownBy(() -> takedowns.add(Takedown.start(new TakedownId(UUID.randomUUID()), first.caseId(), PROCEDURE,
                T0))).isInstanceOf(RuntimeException.class);
        assertThat(readBack(first).id()).isEqualTo(first.id());
    }
}
