package org.hotline.domain.hosting.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.domain.testing.TestStaff.policeLiaison;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.time.LocalDate;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Step;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.takedown.PoliceWork;
import org.hotline.domain.takedown.StepDone;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownRefusal;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.takedown.TakedownView;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.Test;

/**
 * The takedown desk over the test agreement's home procedure (the hotline tells the police, the police clear it, the
 * hotline sends the notice), started by settling a case's hosting at home.
 */
class TakedownDeskTest {

    private final HostingBench bench = new HostingBench();

    /** A case assessed illegal, traced and settled at home: its takedown runs. */
    private String inTakedown(String url) {
        String id = bench.anIllegalCase(url, analyst(1));
        bench.traceAll();
        bench.desk.settle(analyst(1), id, "XT", null).get();
        return id;
    }

    private Takedown takedownOf(String caseId) {
        return bench.takedowns.ofCase(HostingBench.idOf(caseId)).get();
    }

    private static TakedownRefusal refusal(Either<Rejection<TakedownRefusal>, ?> outcome) {
        return outcome.getLeft().reason();
    }

    @Test
    void settling_at_home_starts_the_takedown_on_the_agreements_procedure_in_the_same_work() {
        String id = inTakedown("http://home.example/x");

        Takedown started = takedownOf(id);
        assertThat(bench.stateOf(id)).isInstanceOf(CaseState.InTakedown.class);
        assertThat(started.procedure().name()).isEqualTo("xt-home");
        assertThat(started.startedAt()).isEqualTo(bench.clock.instant());
        assertThat(started.next()).extracting(Step::id).containsExactly("police");
        assertThat(bench.audit.actions()).endsWith("case.hosting_settled", "takedown.started");
    }

    @Test
    void a_case_settled_abroad_has_no_takedown() {
        String id = bench.anIllegalCase("http://member.example/x", analyst(1));
        bench.traceAll();
        bench.desk.settle(analyst(1), id, "NL", null).get();

        assertThat(bench.takedowns.ofCase(HostingBench.idOf(id))).isEmpty();
    }

    @Test
    void each_step_is_recorded_by_the_role_that_records_its_actor_in_the_agreements_order() {
        bench.notices.contactFor("home.example");
        String id = inTakedown("http://home.example/x");

        assertThat(refusal(bench.takedownDesk.record(policeLiaison(5), id, "police", ""))).as("the hotline's step")
                .isEqualTo(TakedownRefusal.ROLE_REQUIRED);
        assertThat(refusal(bench.takedownDesk.record(analyst(1), id, "clear", ""))).as("the police's step")
                .isEqualTo(TakedownRefusal.ROLE_REQUIRED);
        assertThat(refusal(bench.takedownDesk.record(policeLiaison(5), id, "clear", ""))).as("not yet")
                .isEqualTo(TakedownRefusal.STEP_WAITING);
        bench.takedownDesk.record(analyst(1), id, "police", "  reference FCCU-1 ").get();
        bench.clock.advance(Duration.ofHours(2));
        bench.takedownDesk.record(policeLiaison(5), id, "clear", "").get();
        bench.clock.advance(Duration.ofHours(1));
        bench.takedownDesk.record(supervisor(8), id, "notice", "").get();

        var done = takedownOf(id).done();
        assertThat(done).extracting(StepDone::step).containsExactly("police", "clear", "notice");
        assertThat(done).extracting(StepDone::actor).containsExactly(Actor.HOTLINE, Actor.POLICE, Actor.HOTLINE);
        assertThat(done).extracting(StepDone::recordedBy)
                .containsExactly(analyst(1).staff(), policeLiaison(5).staff(), supervisor(8).staff());
        assertThat(done.head().note()).contains("reference FCCU-1");
        assertThat(bench.audit.entries().last().action()).isEqualTo("takedown.step_recorded");
        assertThat(bench.audit.entries().last().after()).isEqualTo("notice by HOTLINE; notice TEST-NTD-1");
        assertThat(bench.notices.sent()).hasSize(1);
        assertThat(bench.progress).as("told once, at the notice step").containsExactly("notice sent "
                + HostingBench.idOf(id) + " at " + bench.clock.instant() + " (notice)");
    }

    @Test
    void the_hotlines_notice_step_is_refused_with_nothing_recorded_when_the_notice_cannot_be_sent() {
        String id = cleared(inTakedown("http://home.example/x"));
        int audited = bench.audit.entries().size();

        var refused = bench.takedownDesk.record(analyst(1), id, "notice", "");

        assertThat(refusal(refused)).isEqualTo(TakedownRefusal.NOTICE_NOT_SENT);
        assertThat(refused.getLeft().detail()).isEqualTo("No abuse contact is registered for home.example.");
        assertThat(takedownOf(id).noticeSent()).isFalse();
        assertThat(bench.audit.entries()).hasSize(audited);
        assertThat(bench.progress).isEmpty();
    }

    private String cleared(String id) {
        bench.takedownDesk.record(analyst(1), id, "police", "").get();
        bench.takedownDesk.record(policeLiaison(5), id, "clear", "").get();
        return id;
    }

    @Test
    void a_police_hold_stops_the_notice_until_the_police_liaison_lifts_it() {
        bench.notices.contactFor("home.example");
        String id = inTakedown("http://home.example/x");
        bench.takedownDesk.record(analyst(1), id, "police", "").get();

        assertThat(refusal(bench.takedownDesk.placeHold(analyst(1), id, "OP-7", "2026-03-16")))
                .isEqualTo(TakedownRefusal.ROLE_REQUIRED);
        assertThat(refusal(bench.takedownDesk.placeHold(policeLiaison(5), id, "OP-7", "16/03/2026")))
                .isEqualTo(TakedownRefusal.REVIEW_DATE_UNREADABLE);
        var today = bench.takedownDesk.placeHold(policeLiaison(5), id, "OP-7", "2026-03-02");
        assertThat(refusal(today)).isEqualTo(TakedownRefusal.REVIEW_DATE_INVALID);
        assertThat(today.getLeft().fields()).extracting(error -> error.field()).containsExactly("reviewOn");
        assertThat(refusal(bench.takedownDesk.placeHold(policeLiaison(5), id, " ", "2026-03-16")))
                .isEqualTo(TakedownRefusal.TEXT_INVALID);
        bench.takedownDesk.placeHold(policeLiaison(5), id, "OP-7", "2026-03-16").get();
        bench.takedownDesk.record(policeLiaison(5), id, "clear", "").get();

        assertThat(refusal(bench.takedownDesk.record(analyst(1), id, "notice", ""))).isEqualTo(TakedownRefusal.ON_POLICE_HOLD);
        assertThat(bench.notices.sent()).isEmpty();
        bench.takedownDesk.liftHold(policeLiaison(5), id, "arrest made").get();
        assertThat(bench.takedownDesk.record(analyst(1), id, "notice", "").isRight()).isTrue();

        Takedown after = takedownOf(id);
        assertThat(after.liftedHolds()).singleElement().satisfies(lifted -> {
            assertThat(lifted.hold().reference()).isEqualTo("OP-7");
            assertThat(lifted.liftedBy()).isEqualTo(policeLiaison(5).staff());
            assertThat(lifted.reason()).isEqualTo("arrest made");
        });
        assertThat(bench.audit.actions()).containsSubsequence("takedown.hold_placed", "takedown.hold_lifted",
                "takedown.step_recorded");
    }

    @Test
    void the_case_page_offers_each_role_only_what_it_records() {
        String id = inTakedown("http://home.example/x");
        bench.takedownDesk.record(analyst(1), id, "police", "").get();

        TakedownView byAnalyst = bench.takedownDesk.takedownOf(analyst(1), id).get().get();
        TakedownView byLiaison = bench.takedownDesk.takedownOf(policeLiaison(5), id).get().get();

        assertThat(byAnalyst.recordable()).isEmpty();
        assertThat(byAnalyst.mayPlaceHold()).isFalse();
        assertThat(byLiaison.recordable()).extracting(Step::id).containsExactly("clear");
        assertThat(byLiaison.mayPlaceHold()).isTrue();
        assertThat(refusal(bench.takedownDesk.takedownOf(new org.hotline.domain.staff.Acting(analyst(1).staff(),
                org.hotline.domain.staff.Role.ADMINISTRATOR), id))).isEqualTo(TakedownRefusal.ROLE_REQUIRED);
    }

    @Test
    void removal_seen_by_the_program_ends_the_takedown_and_closes_the_case() {
        bench.notices.contactFor("home.example");
        String id = inTakedown("http://home.example/x");
        assertThat(refusal(bench.takedownDesk.removalSeen(HostingBench.idOf(id), "gone", bench.clock.instant())))
                .as("before the notice").isEqualTo(TakedownRefusal.NOT_NOTIFIED_YET);
        cleared(id);
        bench.takedownDesk.record(analyst(1), id, "notice", "").get();
        bench.clock.advance(Duration.ofHours(30));

        Takedown removed = bench.takedownDesk.removalSeen(HostingBench.idOf(id), "re-check: 404", bench.clock.instant()).get();

        assertThat(removed.state()).isEqualTo(new TakedownState.Removed(bench.clock.instant(), "re-check: 404"));
        assertThat(removed.timeToRemoval()).contains(Duration.ofHours(30));
        assertThat(bench.stateOf(id)).isEqualTo(new CaseState.Closed(bench.clock.instant(),
                CaseState.ClosureReason.CONTENT_REMOVED, Option.some("re-check: 404")));
        assertThat(bench.audit.actions()).endsWith("takedown.removed", "case.content_removed");
        assertThat(bench.audit.entries().last().actor()).as("the program's").isEmpty();
        assertThat(refusal(bench.takedownDesk.removed(analyst(1), id, "again"))).isEqualTo(TakedownRefusal.ENDED);
        assertThat(bench.progress).last().isEqualTo("removed " + HostingBench.idOf(id) + " at " + bench.clock.instant()
                + ": re-check: 404");
        assertThat(bench.progress).as("the refused removals told nothing").hasSize(2);
    }

    @Test
    void an_appeal_that_finds_the_material_not_illegal_withdraws_the_takedown_and_a_new_settlement_resumes_it() {
        String id = inTakedown("http://home.example/x");
        bench.takedownDesk.record(analyst(1), id, "police", "").get();

        var appealed = bench.assessment.appeal(supervisor(8), id, TestLaw.notIllegal()).get();

        assertThat(appealed.withdrawals()).contains(new Withdrawal.Withdrawn("the takedown (xt-home)"));
        assertThat(takedownOf(id).state()).isInstanceOf(TakedownState.Withdrawn.class);
        assertThat(bench.audit.actions()).contains("takedown.withdrawn");

        bench.assessment.appeal(supervisor(8), id, TestLaw.illegal()).get();
        bench.desk.settle(analyst(1), id, "XT", "").get();
        Takedown resumed = takedownOf(id);
        assertThat(resumed.state()).isEqualTo(new TakedownState.Running());
        assertThat(resumed.done()).extracting(StepDone::step).as("kept").containsExactly("police");
    }

    @Test
    void a_takedown_withdrawn_after_its_notice_was_queued_withdraws_the_notice_too() {
        bench.notices.contactFor("home.example");
        String id = cleared(inTakedown("http://home.example/x"));
        bench.takedownDesk.record(analyst(1), id, "notice", "").get();

        bench.assessment.appeal(supervisor(8), id, TestLaw.notIllegal()).get();

        assertThat(takedownOf(id).state()).isInstanceOf(TakedownState.Withdrawn.class);
        assertThat(bench.notices.withdrawn()).singleElement().asString().startsWith("TEST-NTD-1: ");
    }

    @Test
    void of_two_changes_made_from_one_version_only_the_first_is_stored() {
        String id = inTakedown("http://home.example/x");
        Takedown read = takedownOf(id);
        Takedown first = read.record("police", analyst(1).staff(), bench.clock.instant(), Option.none()).get().after();
        Takedown second = read.withdraw(bench.clock.instant(), "x").get().after();

        assertThat(bench.takedowns.change(first)).isTrue();
        assertThat(bench.takedowns.change(second)).isFalse();
        assertThat(takedownOf(id).state()).isEqualTo(new TakedownState.Running());
    }

    @Test
    void the_police_list_shows_takedowns_waiting_on_the_police_and_holds_due_for_review_first() {
        String waiting = inTakedown("http://home.example/waiting");
        bench.takedownDesk.record(analyst(1), waiting, "police", "").get();
        String later = inTakedown("http://home.example/later");
        bench.takedownDesk.placeHold(policeLiaison(5), later, "OP-2", "2026-03-20").get();
        String due = inTakedown("http://home.example/due");
        bench.takedownDesk.placeHold(policeLiaison(5), due, "OP-1", "2026-03-03").get();
        String hotlines = inTakedown("http://home.example/hotlines");
        bench.clock.advance(Duration.ofDays(1));

        PoliceWork work = bench.takedownDesk.policeWork(policeLiaison(5)).get();

        assertThat(work.today()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(work.waiting()).extracting(entry -> entry.theCase().id().toString()).containsExactly(waiting);
        assertThat(work.held()).extracting(entry -> entry.theCase().id().toString()).containsExactly(due, later);
        assertThat(work.dueForReview()).isEqualTo(1);
        assertThat(hotlines).isNotIn(work.waiting().map(entry -> entry.theCase().id().toString()));
        assertThat(refusal(bench.takedownDesk.policeWork(analyst(1)))).isEqualTo(TakedownRefusal.ROLE_REQUIRED);
    }
}
