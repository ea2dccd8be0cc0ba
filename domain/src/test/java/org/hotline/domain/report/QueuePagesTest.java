package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.SequentialIdentities;
import org.junit.jupiter.api.Test;

/** Large queues: paged, narrowed by priority, age and host, and searched by reference or address. */
class QueuePagesTest {

    private final FixedClock clock = FixedClock.at("2026-05-01T08:00:00Z");
    private final InMemoryReports store = new InMemoryReports();
    private final SubmitReport intake = new ReportIntake(store, clock, new SequentialIdentities());
    private final CaseQueue queue = new CaseQueue(store, clock);
    private final FindCase finder = new CaseFinder(store, store, store);

    @Test
    void the_queue_is_read_a_page_at_a_time_in_its_order() {
        for (int i = 1; i <= 12; i++) {
            file("http://example.org/" + i, "TEXT");
            clock.advance(Duration.ofMinutes(1));
        }

        var second = queue.list(new QueueRequest(QueueFilter.all(Stage.ASSESSMENT), 2, 5));

        assertThat(second.entries().map(e -> e.url().canonical())).containsExactly("http://example.org/6",
                "http://example.org/7", "http://example.org/8", "http://example.org/9", "http://example.org/10");
        assertThat(second.waiting()).isEqualTo(12);
        assertThat(second.matching()).isEqualTo(12);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(queue.list(new QueueRequest(QueueFilter.all(Stage.ASSESSMENT), 3, 5)).entries()).hasSize(2);
        assertThat(queue.list(new QueueRequest(QueueFilter.all(Stage.ASSESSMENT), 4, 5)).entries()).isEmpty();
    }

    @Test
    void the_queue_is_narrowed_by_priority_by_how_long_cases_have_waited_and_by_host_with_its_subdomains() {
        file("http://example.org/old", "TEXT");
        clock.advance(Duration.ofDays(10));
        file("http://cdn.example.org/images", "IMAGES");
        file("http://notexample.org/page", "IMAGES");
        clock.advance(Duration.ofHours(2));
        file("http://example.net/new", "TEXT");

        assertThat(urls(filter(Option.some(Priority.HIGH), Waiting.ANY, Option.none())))
                .containsExactly("http://cdn.example.org/images", "http://notexample.org/page");
        assertThat(urls(filter(Option.none(), Waiting.OVER_A_WEEK, Option.none()))).containsExactly("http://example.org/old");
        assertThat(urls(filter(Option.none(), Waiting.UNDER_A_DAY, Option.none()))).containsExactly(
                "http://cdn.example.org/images", "http://notexample.org/page", "http://example.net/new");
        assertThat(urls(filter(Option.none(), Waiting.ANY, Option.some("example.org"))))
                .containsExactly("http://cdn.example.org/images", "http://example.org/old");
        assertThat(urls(filter(Option.some(Priority.NORMAL), Waiting.ANY, Option.some("example.org"))))
                .containsExactly("http://example.org/old");
        var narrowed = queue.list(new QueueRequest(new QueueFilter(Stage.ASSESSMENT, Option.some(Priority.HIGH), Waiting.ANY,
                Option.none()), 1, 50));
        assertThat(narrowed.matching()).isEqualTo(2);
        assertThat(narrowed.waiting()).isEqualTo(4);
    }

    @Test
    void a_filter_is_read_from_what_a_page_sends_and_errors_name_their_fields() {
        assertThat(QueueFilter.read(Stage.ASSESSMENT, "urgent", "over_a_week", "HTTPS://WWW.Example.ORG/path").get())
                .isEqualTo(new QueueFilter(Stage.ASSESSMENT, Option.some(Priority.URGENT), Waiting.OVER_A_WEEK,
                        Option.some("www.example.org")));
        assertThat(QueueFilter.read(Stage.ASSESSMENT, "", " ", "*.bücher.example").get().host()).contains("xn--bcher-kva.example");
        assertThat(QueueFilter.read(Stage.ASSESSMENT, null, null, null).get().narrows()).isFalse();
        assertThat(QueueFilter.read(Stage.ASSESSMENT, "soon", "forever", "http://").getLeft())
                .extracting(FieldError::field).containsExactly("priority", "waiting", "host");
    }

    @Test
    void a_case_is_found_by_a_reference_its_reporter_quotes_or_by_its_address_however_typed() {
        Receipt receipt = file("http://example.org/a", "TEXT");
        file("http://example.org/b", "TEXT");

        assertThat(finder.find(receipt.reference().value().toLowerCase()).get().map(c -> c.url().canonical()))
                .containsExactly("http://example.org/a");
        assertThat(finder.find("HTTP://EXAMPLE.ORG:80/b#comments").get().map(c -> c.url().canonical()))
                .containsExactly("http://example.org/b");
        assertThat(finder.find("http://example.org/nowhere").get()).isEmpty();
        assertThat(finder.find("ftp://example.org/").getLeft().code()).isEqualTo("search.unreadable");
        assertThat(finder.find("  ").getLeft().code()).isEqualTo("required");
    }

    @Test
    void an_address_finds_its_closed_cases_too_the_latest_first() {
        file("http://example.org/again", "TEXT");
        Case first = store.openCaseOf(ReportedUrl.parse("http://example.org/again").get()).get();
        store.put(Case.restore(first.id(), first.url(), first.openedAt(), first.firstReport(),
                new CaseState.Closed(clock.instant(), CaseState.ClosureReason.NOT_ILLEGAL, Option.none())));
        clock.advance(Duration.ofDays(60));
        file("http://example.org/again", "TEXT");

        var found = finder.find("example.org/again").get();

        assertThat(found).hasSize(2);
        assertThat(found.head().state().isOpen()).isTrue();
        assertThat(found.last().id()).isEqualTo(first.id());
    }

    private Receipt file(String url, String seen) {
        return intake.submit(new ReportSubmission(Channel.WEB_FORM, List.of(url), List.of(seen), null, null, null, null)).get();
    }

    private ListAnalystQueue.AnalystQueue filter(Option<Priority> priority, Waiting waiting, Option<String> host) {
        return queue.list(new QueueRequest(new QueueFilter(Stage.ASSESSMENT, priority, waiting, host), 1, 50));
    }

    private static List<String> urls(ListAnalystQueue.AnalystQueue page) {
        return page.entries().map(e -> e.url().canonical()).toJavaList();
    }
}
