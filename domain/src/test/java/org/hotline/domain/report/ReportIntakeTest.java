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
    private final ListAnalystQueue queue = new CaseQueue(store);
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
    void an_invalid_report_stores_nothing() {
        var result = intake.submit(aReportOf("http://example.org/ok", "gopher://example.org/"));

        assertThat(result.getLeft()).extracting(e -> e.field()).containsExactly("urls[1]");
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

        assertThat(reused.getLeft()).extracting(e -> e.code()).containsExactly(ReportIntake.KEY_REUSED);
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

    private static ReportSubmission aKeyedReport(String key, String fingerprint, String url) {
        return new ReportSubmission(Channel.API, List.of(url), List.of(), null, null, null, null,
                io.vavr.control.Option.none(), io.vavr.control.Option.some(new IdempotencyKey("partner-a", key, fingerprint)));
    }

    private static ReportSubmission aReportOf(String... urls) {
        return new ReportSubmission(Channel.WEB_FORM, List.of(urls), List.of("IMAGES"), null, null, null, null);
    }
}
