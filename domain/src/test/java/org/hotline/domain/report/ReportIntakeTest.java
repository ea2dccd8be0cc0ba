package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.SequentialIdentities;
import org.junit.jupiter.api.Test;

class ReportIntakeTest {

    private final InMemoryReports store = new InMemoryReports();
    private final FixedClock clock = FixedClock.at("2026-03-01T09:00:00Z");
    private final SubmitReport intake = new ReportIntake(store, clock, new SequentialIdentities());
    private final ListAnalystQueue queue = new CaseQueue(store, clock);
    private final ViewReport view = new ReportLookup(store);

    @Test
    void a_first_report_opens_a_case_for_each_address() {
        Receipt receipt = intake.submit(aReportOf("http://example.org/a", "http://example.org/b")).get();

        assertThat(receipt.links()).hasSize(2).allMatch(CaseLink::opened);
        assertThat(receipt.receivedAt()).isEqualTo(clock.instant());
        assertThat(queue.list(10).openCases()).isEqualTo(2);
    }

    @Test
    void a_second_report_of_the_same_address_written_differently_is_folded_into_the_first_case() {
        Receipt first = intake.submit(aReportOf("http://example.org/gallery")).get();
        clock.advance(Duration.ofMinutes(5));
        Receipt second = intake.submit(aReportOf("HTTP://EXAMPLE.ORG/gallery#frag")).get();

        assertThat(second.links().head().folded()).isTrue();
        assertThat(second.links().head().caseId()).isEqualTo(first.links().head().caseId());
        var entries = queue.list(10).entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.head().reportCount()).isEqualTo(2);
        assertThat(entries.head().earliestReports().map(QueueEntry.QueuedReport::id))
                .containsExactly(first.id(), second.id());
    }

    @Test
    void a_report_of_an_address_whose_case_is_closed_opens_a_new_case() {
        Receipt first = intake.submit(aReportOf("http://example.org/a")).get();
        Case closed = store.byId(first.links().head().caseId()).get();
        store.put(Case.restore(closed.id(), closed.url(), closed.openedAt(), closed.firstReport(),
                new CaseState.Closed(clock.instant(), CaseState.ClosureReason.CONTENT_REMOVED)));

        Receipt again = intake.submit(aReportOf("http://example.org/a")).get();

        assertThat(again.links().head().opened()).isTrue();
        assertThat(again.links().head().caseId()).isNotEqualTo(first.links().head().caseId());
    }

    @Test
    void a_report_of_an_address_closed_as_not_illegal_within_the_window_joins_that_case_and_is_not_queued() {
        SubmitReport tenDays = new ReportIntake(store, clock, new SequentialIdentities(),
                new IntakeRules(Duration.ofDays(10), QueuePriority.standard()));
        Receipt first = tenDays.submit(aReportOf("http://example.org/a")).get();
        closeAsNotIllegal(first.links().head().caseId());
        clock.advance(Duration.ofDays(10).minusSeconds(1));

        Receipt again = tenDays.submit(aReportOf("HTTP://example.org/a#again")).get();

        assertThat(again.links().head().folded()).isTrue();
        assertThat(again.links().head().caseId()).isEqualTo(first.links().head().caseId());
        assertThat(store.signals(first.links().head().caseId()).reports()).as("the report still counts").isEqualTo(2);
        assertThat(queue.list(10).entries()).isEmpty();
        assertThat(store.byId(first.links().head().caseId()).get().state()).isInstanceOf(CaseState.Closed.class);
    }

    @Test
    void after_the_window_a_report_of_an_address_closed_as_not_illegal_opens_a_new_case() {
        Receipt first = intake.submit(aReportOf("http://example.org/a")).get();
        closeAsNotIllegal(first.links().head().caseId());
        clock.advance(IntakeRules.DEFAULT_NOT_ILLEGAL_WINDOW.plusSeconds(1));

        Receipt again = intake.submit(aReportOf("http://example.org/a")).get();

        assertThat(again.links().head().opened()).isTrue();
        assertThat(queue.list(10).entries().map(QueueEntry::caseId)).containsExactly(again.links().head().caseId());
    }

    @Test
    void the_queue_lists_urgent_cases_first_then_high_then_normal_each_oldest_first() {
        intake.submit(aReportSeeing("http://example.org/text-old", "TEXT"));
        clock.advance(Duration.ofMinutes(1));
        intake.submit(aReportSeeing("http://example.org/images", "IMAGES"));
        clock.advance(Duration.ofMinutes(1));
        intake.submit(aReportSeeing("http://example.org/text-new", "TEXT"));
        clock.advance(Duration.ofMinutes(1));
        intake.submit(new ReportSubmission(Channel.NETWORK_REFERRAL, List.of("http://example.org/referred"), List.of(),
                null, null, null, null));
        clock.advance(Duration.ofMinutes(1));
        intake.submit(aReportSeeing("http://example.org/videos", "VIDEOS"));

        var entries = queue.list(10).entries();
        assertThat(entries.map(e -> e.url().canonical())).containsExactly("http://example.org/referred",
                "http://example.org/images", "http://example.org/videos", "http://example.org/text-old",
                "http://example.org/text-new");
        assertThat(entries.map(QueueEntry::priority)).containsExactly(Priority.URGENT, Priority.HIGH, Priority.HIGH,
                Priority.NORMAL, Priority.NORMAL);
    }

    @Test
    void a_case_rises_in_the_queue_when_it_goes_viral() {
        intake.submit(aReportSeeing("http://example.org/images", "IMAGES"));
        for (int i = 0; i < StandardPriority.DEFAULT_VIRAL_REPORTS; i++) {
            clock.advance(Duration.ofSeconds(1));
            intake.submit(aReportSeeing("http://example.org/viral", "TEXT"));
        }

        assertThat(queue.list(10).entries().map(QueueEntry::priority)).containsExactly(Priority.URGENT, Priority.HIGH);
        assertThat(queue.list(10).entries().head().reportCount()).isEqualTo(StandardPriority.DEFAULT_VIRAL_REPORTS);
    }

    @Test
    void the_queue_shows_who_holds_a_running_claim_and_a_claim_that_ran_out_as_free() {
        ListAnalystQueue clocked = new CaseQueue(store, clock);
        Receipt receipt = intake.submit(aReportOf("http://example.org/a")).get();
        Case waiting = store.byId(receipt.links().head().caseId()).get();
        var analyst = new org.hotline.domain.staff.StaffId(java.util.UUID.fromString("00000000-0000-4000-a000-000000000001"));
        store.change(waiting.claim(analyst, clock.instant(), ClaimSettings.defaults()).get());

        assertThat(clocked.list(10).entries().head().claimedBy()).contains(analyst);
        clock.advance(ClaimSettings.DEFAULT_LENGTH);
        assertThat(clocked.list(10).entries().head().claimedBy()).isEmpty();
        assertThat(clocked.list(10).entries().head().state()).isEqualTo(new CaseState.AwaitingAssessment());
    }

    @Test
    void cases_past_assessment_leave_the_analyst_queue_for_the_list_of_their_stage() {
        Receipt legal = intake.submit(aReportOf("http://example.org/legal")).get();
        Receipt hosting = intake.submit(aReportOf("http://example.org/hosting")).get();
        intake.submit(aReportOf("http://example.org/waiting"));
        moveTo(legal.links().head().caseId(), new CaseState.AwaitingLegalReview(clock.instant()));
        moveTo(hosting.links().head().caseId(), new CaseState.AwaitingHostingTrace(clock.instant()));

        var waiting = new CaseQueue(store, clock);
        assertThat(waiting.list(10).entries().map(e -> e.url().canonical())).containsExactly("http://example.org/waiting");
        assertThat(waiting.list(10).waiting()).isEqualTo(1);
        assertThat(waiting.list(10).openCases()).isEqualTo(3);
        assertThat(waiting.waitingAt(Stage.LEGAL_REVIEW, 10).entries().map(QueueEntry::caseId))
                .containsExactly(legal.links().head().caseId());
        assertThat(waiting.waitingAt(Stage.HOSTING_TRACE, 10).entries().map(QueueEntry::caseId))
                .containsExactly(hosting.links().head().caseId());
    }

    @Test
    void an_invalid_report_stores_nothing() {
        var result = intake.submit(aReportOf("http://example.org/ok", "gopher://example.org/"));

        assertThat(result.getLeft().reason()).isEqualTo(IntakeRefusal.INVALID);
        assertThat(result.getLeft().fields()).extracting(e -> e.field()).containsExactly("urls[1]");
        assertThat(queue.list(10).openCases()).isZero();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_receipt_and_stores_nothing_new() {
        ReportSubmission keyed = aKeyedReport("key-1", "fingerprint-a", "http://example.org/a");
        Receipt first = intake.submit(keyed).get();
        clock.advance(Duration.ofSeconds(30));

        Receipt retry = intake.submit(keyed).get();

        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.replayed()).isTrue();
        assertThat(first.replayed()).isFalse();
        assertThat(queue.list(10).entries().head().reportCount()).isEqualTo(1);
    }

    @Test
    void an_idempotency_key_reused_for_a_different_request_is_refused() {
        intake.submit(aKeyedReport("key-1", "fingerprint-a", "http://example.org/a"));

        var reused = intake.submit(aKeyedReport("key-1", "fingerprint-b", "http://example.org/b"));

        assertThat(reused.getLeft().reason()).isEqualTo(IntakeRefusal.KEY_REUSED);
        assertThat(queue.list(10).openCases()).isEqualTo(1);
    }

    @Test
    void the_same_key_from_two_partners_is_two_keys() {
        Receipt first = intake.submit(aKeyedReport("key-1", "fingerprint-a", "http://example.org/a")).get();
        var other = new IdempotencyKey("partner-b", "key-1", "fingerprint-a");
        Receipt second = intake.submit(new ReportSubmission(Channel.API, List.of("http://example.org/a"), List.of(), null,
                null, null, null, io.vavr.control.Option.none(), io.vavr.control.Option.some(other))).get();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.replayed()).isFalse();
    }

    @Test
    void the_queue_lists_the_oldest_case_first() {
        intake.submit(aReportOf("http://example.org/old"));
        clock.advance(Duration.ofHours(1));
        intake.submit(aReportOf("http://example.org/new"));
        clock.advance(Duration.ofHours(1));
        intake.submit(aReportOf("http://example.org/old"));

        assertThat(queue.list(10).entries().map(e -> e.url().canonical()))
                .containsExactly("http://example.org/old", "http://example.org/new");
    }

    @Test
    void a_report_can_be_read_back_by_its_reference_with_its_case_states() {
        Receipt receipt = intake.submit(aReportOf("http://example.org/a")).get();

        var found = view.byReference(receipt.reference()).get();

        assertThat(found.filing().report().id()).isEqualTo(receipt.id());
        assertThat(found.stateOf(found.filing().links().head())).isInstanceOf(CaseState.AwaitingAssessment.class);
    }

    private void closeAsNotIllegal(CaseId id) {
        moveTo(id, new CaseState.Closed(clock.instant(), CaseState.ClosureReason.NOT_ILLEGAL));
    }

    private void moveTo(CaseId id, CaseState state) {
        Case found = store.byId(id).get();
        store.put(Case.restore(found.id(), found.url(), found.openedAt(), found.firstReport(), state));
    }

    private static ReportSubmission aReportSeeing(String url, String seen) {
        return new ReportSubmission(Channel.WEB_FORM, List.of(url), List.of(seen), null, null, null, null);
    }

    private static ReportSubmission aKeyedReport(String key, String fingerprint, String url) {
        return new ReportSubmission(Channel.API, List.of(url), List.of(), null, null, null, null,
                io.vavr.control.Option.none(), io.vavr.control.Option.some(new IdempotencyKey("partner-a", key, fingerprint)));
    }

    private static ReportSubmission aReportOf(String... urls) {
        return new ReportSubmission(Channel.WEB_FORM, List.of(urls), List.of("IMAGES"), null, null, null, null);
    }
}
