package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.Priority;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.QueueFilter;
import org.hotline.domain.report.QueueSelection;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.report.Stage;
import org.hotline.domain.report.Waiting;
import org.hotline.domain.testing.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lists of waiting cases read in pages and narrowed in SQL select exactly what the domain's rule
 * ({@link QueueSelection#admits}) admits, in the queue's order, over addresses chosen to trip a careless query: hosts
 * that end alike, an underscore (a wildcard of {@code LIKE}), ports, a user in the address, an IPv6 host.
 */
class PostgresQueueTest {

    private static final List<String> ADDRESSES = List.of("http://example.org/a", "https://cdn.example.org/b",
            "http://notexample.org/c", "http://example.org.evil.test/d", "http://ex_ample.test/e", "http://exxample.test/f",
            "http://user@example.org:8080/g", "http://[2001:db8::1]/h", "http://deep.cdn.example.org/i");

    private final FixedClock clock = FixedClock.at("2026-04-01T08:00:00Z");
    private PostgresCases cases;

    @BeforeEach
    void aQueue() {
        Database database = TestDatabase.empty();
        cases = new PostgresCases(database);
        var intake = new ReportIntake(new PostgresReports(database), clock, UUID::randomUUID);
        for (int i = 0; i < ADDRESSES.size(); i++) {
            for (int reports = 0; reports <= i % 3; reports++) {
                intake.submit(new ReportSubmission(i % 2 == 0 ? Channel.WEB_FORM : Channel.API, List.of(ADDRESSES.get(i)),
                        List.of(i % 3 == 1 ? "IMAGES" : "TEXT"), null, null, null, null)).get();
            }
            clock.advance(Duration.ofDays(3));
        }
    }

    @Test
    void every_narrowing_selects_in_sql_what_the_domain_admits_in_queue_order() {
        Seq<QueueEntry> all = cases.waiting(QueueSelection.all(Stage.ASSESSMENT), 0, 100, 1);
        assertThat(all).hasSize(ADDRESSES.size());
        for (Option<String> host : List.of(Option.<String>none(), Option.some("example.org"), Option.some("cdn.example.org"),
                Option.some("ex_ample.test"), Option.some("test"), Option.some("[2001:db8::1]"), Option.some("xample.org"))) {
            for (Option<Priority> priority : List.of(Option.<Priority>none(), Option.some(Priority.HIGH),
                    Option.some(Priority.NORMAL))) {
                for (Waiting waiting : Waiting.values()) {
                    QueueSelection selection = QueueSelection.of(new QueueFilter(Stage.ASSESSMENT, priority, waiting, host),
                            clock.instant());
                    List<CaseId> expected = all.filter(e -> selection.admits(
                            org.hotline.domain.report.Case.restore(e.caseId(), e.url(), e.openedAt(), e.earliestReports()
                                    .head().id(), e.state()), e.priority())).map(QueueEntry::caseId).toJavaList();
                    assertThat(cases.waiting(selection, 0, 100, 1).map(QueueEntry::caseId))
                            .as(host + " " + priority + " " + waiting).containsExactlyElementsOf(expected);
                    assertThat(cases.countWaiting(selection)).as(host + " " + priority + " " + waiting)
                            .isEqualTo(expected.size());
                }
            }
        }
    }

    @Test
    void pages_follow_one_another_without_gap_or_overlap() {
        QueueSelection everything = QueueSelection.all(Stage.ASSESSMENT);
        Seq<CaseId> whole = cases.waiting(everything, 0, 100, 1).map(QueueEntry::caseId);
        Seq<CaseId> paged = cases.waiting(everything, 0, 4, 1).map(QueueEntry::caseId)
                .appendAll(cases.waiting(everything, 4, 4, 1).map(QueueEntry::caseId))
                .appendAll(cases.waiting(everything, 8, 4, 1).map(QueueEntry::caseId));
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void every_case_of_an_address_is_found_open_or_closed() {
        var found = cases.casesOf(ReportedUrl.parse("HTTP://EXAMPLE.ORG:80/a#top").get());
        assertThat(found.map(c -> c.url().canonical())).containsExactly("http://example.org/a");
        assertThat(cases.casesOf(ReportedUrl.parse("http://example.org/none").get())).isEmpty();
    }
}
