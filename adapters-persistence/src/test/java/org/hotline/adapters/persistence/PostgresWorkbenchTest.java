package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline.domain.testing.TestStaff.analyst;
import static org.hotline.adapters.persistence.PostgresWorkbench.id;
import static org.hotline.domain.testing.TestStaff.staff;
import static org.hotline.domain.testing.TestStaff.supervisor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseQueue;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.Priority;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.Stage;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claims, assessments and appeals over the real database: the conditional update, the mapping, the unit of work. */
class PostgresWorkbenchTest {

    private Database database;
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private PostgresWorkbench bench;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
        bench = new PostgresWorkbench(database, audit);
    }

    @Test
    void of_analysts_claiming_one_case_at_once_exactly_one_wins_every_time() throws Exception {
        for (int round = 0; round < 10; round++) {
            String caseId = bench.aCase("http://example.org/contested/" + round);

            List<Either<Rejection<org.hotline.domain.assessment.ClaimRefusal>, Case.Claimed>> outcomes = allAtOnce(12, analyst -> bench.claims.claim(analyst(analyst), caseId));

            List<Case.Claimed> won = outcomes.stream().filter(Either::isRight).map(Either::get).toList();
            assertThat(won).as("round " + round).hasSize(1);
            assertThat(outcomes.stream().filter(Either::isLeft).map(o -> o.getLeft().reason())).containsOnly(org.hotline.domain.assessment.ClaimRefusal.TAKEN);
            assertThat(bench.cases.byId(id(caseId)).get().state()).isEqualTo(won.get(0).after());
            assertThat(count("select count(*) from welfare_spell where case_id = '" + caseId + "'")).isEqualTo(1);
        }
        assertThat(audit.actions()).hasSize(10).containsOnly("case.claimed");
    }

    @Test
    void analysts_claiming_the_next_case_at_once_each_get_a_different_one() throws Exception {
        int analysts = 8;
        for (int i = 0; i < analysts; i++) {
            bench.aCase("http://example.org/queued/" + i);
        }

        List<Either<Rejection<org.hotline.domain.assessment.ClaimRefusal>, Case.Claimed>> outcomes = allAtOnce(analysts, analyst -> bench.claims.claimNext(analyst(analyst)));

        assertThat(outcomes.stream().map(claimed -> claimed.get().caseId()).distinct()).hasSize(analysts);
        assertThat(bench.claims.claimNext(analyst(99)).getLeft().reason()).isEqualTo(org.hotline.domain.assessment.ClaimRefusal.QUEUE_EMPTY);
    }

    /** Runs a task for each of the numbers 1 to {@code count} on a thread of its own, all released at the same moment. */
    private static <T> List<T> allAtOnce(int count, IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int number = 1; number <= count; number++) {
                int own = number;
                running.add(pool.submit(() -> {
                    start.await();
                    return task.apply(own);
                }));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_case_goes_from_claim_to_assessment_to_appeal_and_keeps_both_decisions() {
        String caseId = bench.aCase("http://example.org/a");
        bench.claims.claim(analyst(1), caseId).get();
        bench.clock.advance(Duration.ofMinutes(9));
        bench.desk.confirm(analyst(1), caseId, TestLaw.notIllegal()).get();

        assertThat(bench.cases.byId(id(caseId)).get().state()).isEqualTo(new CaseState.Closed(bench.clock.instant(),
                CaseState.ClosureReason.NOT_ILLEGAL, Option.some("Nothing sexual is shown.")));
        bench.clock.advance(Duration.ofHours(1));

        assertThat(bench.desk.appeal(supervisor(1), caseId, TestLaw.illegal()).getLeft().reason())
                .as("the test law wants an uninvolved reviewer").isEqualTo(org.hotline.domain.assessment.AssessmentRefusal.REVIEWER_INVOLVED);
        bench.desk.appeal(supervisor(2), caseId, TestLaw.illegal()).get();

        assertThat(bench.cases.byId(id(caseId)).get().state()).isEqualTo(new CaseState.AwaitingHostingTrace(bench.clock.instant()));
        var file = bench.files.open(supervisor(2), caseId).get();
        assertThat(file.assessments().map(a -> a.kind() + " " + a.verdict().kind() + " by " + a.assessor().get()))
                .containsExactly("FIRST NOT_ILLEGAL by " + staff(1), "APPEAL ILLEGAL by " + staff(2));
        assertThat(file.reports().map(r -> r.description().get())).containsExactly("Seen in a forum.");
        assertThat(new CaseQueue(bench.cases, bench.clock).waitingAt(Stage.HOSTING_TRACE, 10).entries().map(QueueEntry::caseId))
                .containsExactly(id(caseId));
        assertThat(audit.actions()).containsExactly("case.claimed", "case.assessed", "case.appealed", "report.viewed");
        assertThat(bench.welfare.status(analyst(1)).today().itemsAssessed()).isEqualTo(1);
        assertThat(bench.welfare.status(analyst(1)).today().timeInAssessment()).isEqualTo(Duration.ofMinutes(9));
    }

    @Test
    void when_the_audit_record_cannot_be_written_nothing_of_the_claim_is_kept() {
        String caseId = bench.aCase("http://example.org/a");
        var failing = new PostgresWorkbench(database, entry -> {
            throw new IllegalStateException("the audit trail is unavailable");
        });

        assertThatThrownBy(() -> failing.claims.claim(analyst(1), caseId)).hasMessageContaining("audit trail");

        assertThat(bench.cases.byId(id(caseId)).get().state()).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(count("select count(*) from welfare_spell")).isZero();
    }

    @Test
    void a_claim_that_ran_out_is_claimable_and_tidied_up() {
        String lapsing = bench.aCase("http://example.org/a");
        bench.claims.claim(analyst(1), lapsing).get();
        bench.clock.advance(ClaimSettings.DEFAULT_LENGTH.minusSeconds(1));

        assertThat(bench.cases.claimable(bench.clock.instant(), 10)).isEmpty();
        assertThat(bench.cases.lapsedClaims(bench.clock.instant(), 10)).isEmpty();
        bench.clock.advance(Duration.ofSeconds(1));
        assertThat(bench.cases.claimable(bench.clock.instant(), 10)).containsExactly(id(lapsing));
        assertThat(bench.cases.lapsedClaims(bench.clock.instant(), 10).map(Case::id)).containsExactly(id(lapsing));

        assertThat(bench.claims.releaseLapsed()).isEqualTo(1);
        assertThat(bench.cases.byId(id(lapsing)).get().state()).isEqualTo(new CaseState.AwaitingAssessment());
        assertThat(audit.actions()).containsExactly("case.claimed", "case.claim_lapsed");
    }

    @Test
    void a_transition_from_a_state_the_case_has_left_is_not_stored() {
        String caseId = bench.aCase("http://example.org/a");
        Case waiting = bench.cases.byId(id(caseId)).get();
        Case.Claimed first = waiting.claim(staff(1), bench.clock.instant(), ClaimSettings.defaults()).get();
        Case.Claimed second = waiting.claim(staff(2), bench.clock.instant(), ClaimSettings.defaults()).get();

        assertThat(bench.cases.change(first)).isTrue();
        assertThat(bench.cases.change(second)).isFalse();
        Case claimed = bench.cases.byId(id(caseId)).get();
        assertThat(claimed.state()).isEqualTo(first.after());

        Case.ClaimReleased released = claimed.release(staff(1), bench.clock.instant().plusSeconds(60)).get();
        assertThat(bench.cases.change(released)).isTrue();
        assertThat(bench.cases.change(released)).as("the same change twice").isFalse();
        assertThat(bench.cases.byId(id(caseId)).get().state()).isEqualTo(new CaseState.AwaitingAssessment());
    }

    @Test
    void a_closed_case_is_not_reopened_while_its_address_has_another_open_case() {
        String old = bench.aCase("http://example.org/a");
        Case closed = close(old, CaseState.ClosureReason.CONTENT_REMOVED);
        String current = bench.aCase("http://example.org/a");
        assertThat(current).isNotEqualTo(old);

        var reassessed = new Case.Reassessed(closed.id(), staff(2),
                new org.hotline.domain.report.Finding(org.hotline.domain.report.Finding.Kind.ILLEGAL, "Abuse."),
                bench.clock.instant(), closed.state(), new CaseState.AwaitingHostingTrace(bench.clock.instant()));

        assertThat(bench.cases.change(reassessed)).isFalse();
        assertThat(bench.cases.byId(closed.id()).get().state()).isEqualTo(closed.state());
        assertThat(bench.cases.openCaseOf(closed.url()).map(Case::id)).contains(id(current));
    }

    @Test
    void a_report_of_an_address_closed_as_not_illegal_joins_that_case_within_the_window_and_opens_a_new_one_after() {
        String assessed = bench.aCase("http://example.org/a");
        close(assessed, CaseState.ClosureReason.NOT_ILLEGAL);
        bench.clock.advance(Duration.ofDays(29));

        String within = bench.aCase("HTTP://example.org/a#again");
        assertThat(within).isEqualTo(assessed);
        assertThat(bench.reports.signals(id(assessed)).reports()).isEqualTo(2);
        assertThat(new CaseQueue(bench.cases, bench.clock).list(10).entries()).isEmpty();

        bench.clock.advance(Duration.ofDays(2));
        String after = bench.aCase("http://example.org/a");
        assertThat(after).isNotEqualTo(assessed);
        assertThat(new CaseQueue(bench.cases, bench.clock).list(10).entries().map(QueueEntry::caseId)).containsExactly(id(after));
    }

    @Test
    void the_queue_is_read_by_priority_then_age_with_claims_and_counts() {
        String text = bench.aCase("http://example.org/text", Channel.WEB_FORM, "TEXT");
        bench.clock.advance(Duration.ofMinutes(1));
        String images = bench.aCase("http://example.org/images", Channel.WEB_FORM, "IMAGES");
        bench.clock.advance(Duration.ofMinutes(1));
        String referred = bench.aCase("http://example.org/referred", Channel.NETWORK_REFERRAL);
        bench.clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 9; i++) {
            bench.aCase("http://example.org/text", Channel.WEB_FORM, "TEXT");
        }
        bench.claims.claim(analyst(1), images).get();

        var queue = new CaseQueue(bench.cases, bench.clock).list(10);

        assertThat(queue.entries().map(QueueEntry::caseId)).as("urgent, oldest first; then high")
                .containsExactly(id(text), id(referred), id(images));
        assertThat(queue.entries().map(QueueEntry::priority)).containsExactly(Priority.URGENT, Priority.URGENT, Priority.HIGH);
        assertThat(queue.entries().map(QueueEntry::reportCount)).containsExactly(10, 1, 1);
        assertThat(queue.entries().last().claimedBy()).contains(staff(1));
        assertThat(queue.waiting()).isEqualTo(3);
        assertThat(bench.cases.claimable(bench.clock.instant(), 10)).containsExactly(id(text), id(referred));
    }

    @Test
    void the_reports_of_a_case_are_read_oldest_first_with_every_address() {
        String caseId = bench.aCase("http://example.org/a");
        bench.clock.advance(Duration.ofMinutes(1));
        bench.intake.submit(new org.hotline.domain.report.ReportSubmission(Channel.API,
                List.of("http://example.org/b", "http://example.org/a"), List.of("VIDEOS"), null, null, null, null)).get();

        var earliest = bench.reports.earliest(id(caseId), 10);

        assertThat(earliest.map(r -> r.urls().size())).containsExactly(1, 2);
        assertThat(earliest.last().urls().map(u -> u.canonical())).containsExactly("http://example.org/b", "http://example.org/a");
        assertThat(bench.reports.earliest(id(caseId), 1)).hasSize(1);
        assertThat(bench.reports.signals(id(caseId))).isEqualTo(new org.hotline.domain.report.CaseSignals(2, false, true));
        assertThat(bench.reports.signals(id("00000000-0000-4000-8000-000000000000")).reports()).isZero();
    }

    private Case close(String caseId, CaseState.ClosureReason reason) {
        Case found = bench.cases.byId(id(caseId)).get();
        Case.Claimed claimed = found.claim(staff(1), bench.clock.instant(), ClaimSettings.defaults()).get();
        bench.cases.change(claimed);
        database.jdbi().useHandle(h -> h.createUpdate("""
                update case_file set state = 'CLOSED', state_since = :at, claimed_by = null, claim_expires_at = null,
                    closure_reason = :reason where id = :id""")
                .bind("at", bench.clock.instant()).bind("reason", reason.name()).bind("id", found.id().value()).execute());
        return bench.cases.byId(found.id()).get();
    }

    private long count(String query) {
        return database.jdbi().withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }
}
