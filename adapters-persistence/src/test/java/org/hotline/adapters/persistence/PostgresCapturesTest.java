package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.capture.Answer;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.Hop;
import org.hotline.domain.capture.IpAddress;
import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.capture.KeptHeaders;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJob;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestCaptures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresCapturesTest {

    private static final String PAGE = "http://site.example/gallery?page=2";

    private PostgresCaptures captures;
    private PostgresCaptureJobs jobs;
    private PostgresWorkbench bench;
    private CaseId caseId;
    private CaptureJobId job;

    @BeforeEach
    void aCaseWithAJob() {
        Database database = TestDatabase.empty();
        captures = new PostgresCaptures(database);
        jobs = new PostgresCaptureJobs(database);
        bench = new PostgresWorkbench(database, new InMemoryAuditTrail());
        caseId = PostgresWorkbench.id(bench.aCase(PAGE));
        job = aJob(caseId);
    }

    private CaptureJobId aJob(CaseId forCase) {
        CaptureJob requested = CaptureJob.requested(new CaptureJobId(UUID.randomUUID()), forCase, TestCaptures.url(PAGE),
                bench.clock.instant(), Option.none());
        jobs.request(requested);
        return requested.id();
    }

    private RecordedCapture recorded(CaseId forCase, CaptureJobId by, Capture capture) {
        return new RecordedCapture(new CaptureId(UUID.randomUUID()), forCase, by, capture,
                capture.items().map(item -> new ItemId(UUID.randomUUID())));
    }

    /** A capture with everything a capture can keep: redirects, headers, a title, items of every kind. */
    private static Capture everything() {
        ReportedUrl requested = TestCaptures.url(PAGE);
        ReportedUrl moved = TestCaptures.url("https://cdn.site.example/g/2");
        IpAddress v6 = IpAddress.parse("2001:db8::7").get();
        KeptHeaders headers = new KeptHeaders(Option.some("nginx/1.25"), Option.some("text/html; charset=utf-8"),
                Option.some("5120"), Option.some("Mon, 02 Mar 2026 07:00:00 GMT"), Option.some("\"abc\""));
        byte[] picture = "picture bytes".getBytes(StandardCharsets.UTF_8);
        CapturedItem image = TestCaptures.image("https://cdn.site.example/a.jpg", picture, 640, 480);
        CapturedItem undecodable = new CapturedItem(TestCaptures.url("https://cdn.site.example/b.png"), ItemSource.SRCSET,
                Option.some(new Answer(TestCaptures.url("https://cdn.site.example/b.png"), v6, 200, KeptHeaders.NONE,
                        ContentType.PNG, 9)),
                Option.none(), Option.some(org.hotline.domain.fingerprint.Fingerprints.ofContent(new byte[9])),
                Option.some(new CaptureFailure.Undecodable("truncated")));
        return new Capture(requested, Instant.parse("2026-03-02T08:00:00.123456Z"), Duration.ofNanos(1_234_567_891L),
                List.of(new Hop(requested, TestCaptures.SERVER, 301), new Hop(TestCaptures.url("https://site.example/g"), v6, 308)),
                Option.some(new Answer(moved, v6, 200, headers, ContentType.HTML, 5120)), Option.some("Gallery, page 2"),
                List.of(image, undecodable, TestCaptures.video("https://cdn.site.example/c.mp4", new byte[] {1}),
                        TestCaptures.missing("https://cdn.site.example/d.gif", new CaptureFailure.Unsuccessful(404))),
                7, Option.none());
    }

    @Test
    void a_capture_round_trips_with_its_redirects_answer_headers_title_and_items() {
        RecordedCapture recorded = recorded(caseId, job, everything());

        captures.add(recorded);

        assertThat(captures.ofCase(caseId)).containsExactly(recorded);
    }

    @Test
    void a_failed_capture_round_trips_with_every_kind_of_failure() {
        List<CaptureFailure> failures = List.of(
                new CaptureFailure.RefusedAddress("intranet.example", "10.0.0.1", "a private address (10.0.0.0/8)"),
                new CaptureFailure.UnsupportedAddress("ftp://site.example/", "only http and https are fetched"),
                new CaptureFailure.NameNotResolved("nowhere.invalid"),
                new CaptureFailure.ConnectionFailed("site.example:443", "the TLS handshake failed"),
                new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.TOTAL, Duration.ofMillis(120_500)),
                new CaptureFailure.TooLarge(5_242_880),
                new CaptureFailure.TooManyRedirects(5),
                new CaptureFailure.RedirectLoop("http://site.example/a"),
                new CaptureFailure.BadResponse("a malformed status line, with 'quotes', {braces} and \"more\""),
                new CaptureFailure.Unsuccessful(503),
                new CaptureFailure.NotMedia(ContentType.PDF),
                new CaptureFailure.Undecodable("100000 x 100000 pixels is more than 50000000"));
        Set<Class<?>> kinds = failures.map(Object::getClass).toJavaSet();
        assertThat(kinds).as("every kind of failure").isEqualTo(Arrays.stream(CaptureFailure.class.getPermittedSubclasses())
                .collect(Collectors.toSet()));
        List<RecordedCapture> recorded = failures.map(failure -> recorded(caseId, job, TestCaptures.failed(PAGE, failure)));

        recorded.forEach(captures::add);

        assertThat(captures.ofCase(caseId)).containsExactlyElementsOf(recorded.reverse());
        CapturedItem failedItem = TestCaptures.missing("http://site.example/x.jpg", failures.get(4));
        RecordedCapture withItem = recorded(caseId, job, TestCaptures.page(PAGE, failedItem));
        captures.add(withItem);
        assertThat(captures.ofCase(caseId).head()).isEqualTo(withItem);
    }

    @Test
    void captures_are_listed_latest_first_for_their_case_only() {
        CaseId other = PostgresWorkbench.id(bench.aCase("http://other.example/"));
        RecordedCapture first = recorded(caseId, job, TestCaptures.page(PAGE));
        RecordedCapture second = recorded(caseId, job, TestCaptures.page(PAGE));
        RecordedCapture elsewhere = recorded(other, aJob(other), TestCaptures.page("http://other.example/"));
        captures.add(first);
        captures.add(elsewhere);
        captures.add(second);

        assertThat(captures.ofCase(caseId)).containsExactly(second, first);
        assertThat(captures.ofCase(other)).containsExactly(elsewhere);
        assertThat(captures.ofCase(new CaseId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void an_item_is_found_by_its_identifier_within_its_own_case_only() {
        RecordedCapture recorded = recorded(caseId, job, everything());
        captures.add(recorded);
        CaseId other = PostgresWorkbench.id(bench.aCase("http://other.example/"));
        ItemId first = recorded.itemIds().head();

        assertThat(captures.item(caseId, first)).contains(recorded.items().head());
        assertThat(captures.item(caseId, recorded.itemIds().get(2)).get().item().source()).isEqualTo(ItemSource.VIDEO);
        assertThat(captures.item(other, first)).isEmpty();
        assertThat(captures.item(caseId, new ItemId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void addresses_are_kept_in_their_canonical_form() {
        ReportedUrl typed = ReportedUrl.parse("  HTTP://Site.Example:80/a/../gallery  ").get();
        Capture capture = new Capture(typed, TestCaptures.AT, Duration.ZERO, List.empty(), Option.none(), Option.none(),
                List.empty(), 0, Option.some(new CaptureFailure.NameNotResolved("site.example")));
        captures.add(recorded(caseId, job, capture));

        ReportedUrl read = captures.ofCase(caseId).head().capture().requested();

        assertThat(read.canonical()).isEqualTo(typed.canonical()).isEqualTo("http://site.example/gallery");
    }

    @Test
    void the_known_content_each_item_matched_round_trips_nearest_first_and_by_item() {
        Capture capture = everything();
        var pdq = new org.hotline.domain.knowncontent.KnownMatch(new org.hotline.domain.knowncontent.ListName("partner list"),
                new org.hotline.domain.CountryCode("GB"), 41, new org.hotline.domain.knowncontent.KnownHash(
                        org.hotline.domain.knowncontent.HashAlgorithm.PDQ, "0f".repeat(32)), 17,
                new org.hotline.domain.knowncontent.KnownClassification(org.hotline.domain.knowncontent.KnownVerdict.ILLEGAL,
                        Option.some("A"), true), java.time.LocalDate.of(2024, 1, 31));
        var exact = new org.hotline.domain.knowncontent.KnownMatch(new org.hotline.domain.knowncontent.ListName("own"),
                new org.hotline.domain.CountryCode("BE"), 7, new org.hotline.domain.knowncontent.KnownHash(
                        org.hotline.domain.knowncontent.HashAlgorithm.SHA256, "ab".repeat(32)), 0,
                new org.hotline.domain.knowncontent.KnownClassification(
                        org.hotline.domain.knowncontent.KnownVerdict.NOT_ILLEGAL, Option.none(), false),
                java.time.LocalDate.of(2025, 6, 1));
        io.vavr.collection.Seq<io.vavr.collection.Seq<org.hotline.domain.knowncontent.KnownMatch>> known = capture.items()
                .zipWithIndex().map(item -> item._2 == 0 ? List.of(exact, pdq) : List.empty());
        RecordedCapture kept = new RecordedCapture(new CaptureId(UUID.randomUUID()), caseId, job, capture,
                capture.items().map(item -> new ItemId(UUID.randomUUID())), known);

        captures.add(kept);

        RecordedCapture read = captures.ofCase(caseId).single();
        assertThat(read.known()).isEqualTo(known);
        assertThat(read.knownItems()).isEqualTo(1);
        assertThat(captures.item(caseId, kept.itemIds().get(0)).get().known()).containsExactly(exact, pdq);
        assertThat(captures.item(caseId, kept.itemIds().get(1)).get().isKnown()).isFalse();
        CaseId other = PostgresWorkbench.id(bench.aCase("http://site.example/other"));
        assertThat(captures.knownItemsOfLatest(List.of(caseId, other)))
                .isEqualTo(io.vavr.collection.HashMap.of(caseId, 1));

        captures.add(recorded(caseId, job, capture));

        assertThat(captures.knownItemsOfLatest(List.of(caseId))).as("the latest capture counts").isEmpty();
        assertThat(captures.knownItemsOfLatest(List.empty())).isEmpty();
    }
}
