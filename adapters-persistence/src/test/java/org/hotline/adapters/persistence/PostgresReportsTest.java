package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hotline.domain.Clock;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.CaseQueue;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.Receipt;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.SequentialIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresReportsTest {

    private Database database;
    private PostgresReports reports;
    private PostgresCases cases;
    private final Clock clock = () -> Instant.parse("2026-04-02T10:15:30.123456Z");

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
        reports = new PostgresReports(database);
        cases = new PostgresCases(database);
    }

    @Test
    void a_report_round_trips_with_every_field() {
        SubmitReport intake = new ReportIntake(reports, clock, java.util.UUID::randomUUID);
        Receipt receipt = intake.submit(new ReportSubmission(Channel.API,
                List.of("HTTP://Example.org/a#x", "bücher.example/b c"), List.of("IMAGES", "TEXT"),
                "Seen in a forum thread, \"quoted\" and 'single' and ünïcode.",
                "A. Reporter", "reporter@example.org", "+32 2 000 00 00")).get();

        Filing stored = reports.byId(receipt.id()).get();
        Report report = stored.report();

        assertThat(report.receivedAt()).isEqualTo(clock.instant());
        assertThat(report.channel()).isEqualTo(Channel.API);
        assertThat(report.urls()).containsExactly(
                new ReportedUrl("HTTP://Example.org/a#x", "http://example.org/a"),
                new ReportedUrl("bücher.example/b c", "http://xn--bcher-kva.example/b%20c"));
        assertThat(report.seen().toJavaList()).extracting(Enum::name).containsExactly("IMAGES", "TEXT");
        assertThat(report.description()).contains("Seen in a forum thread, \"quoted\" and 'single' and ünïcode.");
        assertThat(report.contact().get().name()).contains("A. Reporter");
        assertThat(report.contact().get().email()).contains("reporter@example.org");
        assertThat(report.contact().get().phone()).contains("+32 2 000 00 00");
        assertThat(stored.links()).isEqualTo(receipt.links());
        assertThat(reports.byReference(receipt.reference()).map(f -> f.report().id())).contains(receipt.id());
    }

    @Test
    void an_anonymous_report_has_no_contact() {
        Receipt receipt = new ReportIntake(reports, clock, java.util.UUID::randomUUID)
                .submit(new ReportSubmission(Channel.WEB_FORM, List.of("example.org"), List.of(), null, null, null, null))
                .get();

        Report report = reports.byId(receipt.id()).get().report();
        assertThat(report.contact()).isEmpty();
        assertThat(report.description()).isEmpty();
        assertThat(report.seen()).isEmpty();
    }

    @Test
    void a_case_round_trips_in_every_state() {
        Receipt receipt = new ReportIntake(reports, clock, java.util.UUID::randomUUID)
                .submit(new ReportSubmission(Channel.WEB_FORM, List.of("example.org/x"), List.of(), null, null, null, null))
                .get();
        CaseId id = receipt.links().head().caseId();
        Case opened = cases.byId(id).get();
        Instant at = Instant.parse("2026-04-02T11:00:00Z");
        List<CaseState> states = List.of(
                new CaseState.AwaitingAssessment(),
                new CaseState.InAssessment(new StaffId(java.util.UUID.randomUUID()), at, at.plusSeconds(1800)),
                new CaseState.AwaitingLegalReview(at),
                new CaseState.AwaitingHostingTrace(at),
                new CaseState.Forwarded(at, "NL"),
                new CaseState.InTakedown(at),
                new CaseState.Closed(at, CaseState.ClosureReason.NOT_ILLEGAL));
        for (CaseState state : states) {
            var row = ReportMapping.toRow(Case.restore(opened.id(), opened.url(), opened.openedAt(), opened.firstReport(), state));
            database.jdbi().useHandle(h -> h.createUpdate("""
                    update case_file set state = :state, state_since = :stateSince, claimed_by = :claimedBy,
                        claim_expires_at = :claimExpiresAt, forwarded_to = :forwardedTo, closure_reason = :closureReason
                    where id = :id""").bindMethods(row).execute());

            assertThat(cases.byId(id).get().state()).isEqualTo(state);
        }
    }

    @Test
    void a_second_report_of_an_open_address_is_folded_into_its_case() {
        var ticking = new org.hotline.domain.testing.FixedClock(clock.instant());
        SubmitReport intake = new ReportIntake(reports, () -> {
            ticking.advance(java.time.Duration.ofSeconds(1));
            return ticking.instant();
        }, java.util.UUID::randomUUID);
        Receipt first = intake.submit(aReportOf("http://example.org/gallery")).get();
        Receipt second = intake.submit(aReportOf("HTTP://EXAMPLE.ORG/gallery#frag")).get();

        assertThat(second.links().head()).returns(false, CaseLink::opened)
                .returns(first.links().head().caseId(), CaseLink::caseId);
        var queue = new CaseQueue(cases, clock).list(10);
        assertThat(queue.openCases()).isEqualTo(1);
        assertThat(queue.entries().head().reportCount()).isEqualTo(2);
        assertThat(queue.entries().head().earliestReports().map(r -> r.id())).containsExactly(first.id(), second.id());
    }

    @Test
    void concurrent_reports_of_one_address_yield_exactly_one_open_case() throws Exception {
        SubmitReport intake = new ReportIntake(reports, Instant::now, java.util.UUID::randomUUID);
        int reporters = 16;
        int reportsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(reporters);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Receipt>>> results = new ArrayList<>();
        for (int t = 0; t < reporters; t++) {
            int reporter = t;
            results.add(pool.submit((Callable<List<Receipt>>) () -> {
                start.await();
                List<Receipt> receipts = new ArrayList<>();
                for (int i = 0; i < reportsEach; i++) {
                    // Each reporter writes the address its own way; all are one canonical address.
                    String typed = (reporter % 2 == 0 ? "HTTP://EXAMPLE.org" : "example.org:80") + "/viral#" + i;
                    receipts.add(intake.submit(aReportOf(typed, "http://example.org/own/" + reporter + "/" + i)).get());
                }
                return receipts;
            }));
        }
        start.countDown();
        List<Receipt> all = new ArrayList<>();
        for (Future<List<Receipt>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();

        long openCasesOfViralAddress = database.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from case_file where canonical_url = 'http://example.org/viral' and state <> 'CLOSED'")
                .mapTo(Long.class).one());
        assertThat(openCasesOfViralAddress).isEqualTo(1);
        assertThat(all.stream().map(r -> r.links().head().caseId()).distinct()).hasSize(1);
        assertThat(all.stream().filter(r -> r.links().head().opened())).hasSize(1);
        assertThat(cases.countOpen()).isEqualTo(1 + (long) reporters * reportsEach);
        var viral = new CaseQueue(cases, Instant::now).list(CaseQueue.MAX_PAGE).entries()
                .find(e -> e.url().canonical().equals("http://example.org/viral")).get();
        assertThat(viral.reportCount()).isEqualTo(reporters * reportsEach);
        assertThat(viral.earliestReports()).hasSize(CaseQueue.REPORTS_SHOWN_PER_CASE);
    }

    @Test
    void a_failed_filing_leaves_nothing_behind() {
        SubmitReport intake = new ReportIntake(reports, clock, java.util.UUID::randomUUID);
        Receipt first = intake.submit(aReportOf("http://example.org/a")).get();
        Report clash = reports.byId(first.id()).get().report();
        Report sameIdAgain = Report.restore(clash.id(), clash.receivedAt(), clash.channel(),
                io.vavr.collection.List.of(ReportedUrl.parse("http://example.org/new").get()), clash.seen(),
                clash.description(), clash.contact(), clash.submittedBy(), clash.idempotencyKey());

        assertThatThrownBy(() -> reports.file(sameIdAgain, sameIdAgain.urls().map(
                url -> Case.open(new CaseId(java.util.UUID.randomUUID()), url, sameIdAgain)),
                org.hotline.domain.report.IntakeRules.standard()))
                .isInstanceOf(RuntimeException.class);

        long newCases = database.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from case_file where canonical_url = 'http://example.org/new'").mapTo(Long.class).one());
        assertThat(newCases).isZero();
    }

    @Test
    void an_address_far_longer_than_an_index_entry_is_stored_and_folded() {
        SubmitReport intake = new ReportIntake(reports, clock, new SequentialIdentities());
        String longAddress = "http://example.org/" + "x".repeat(4000);
        Receipt first = intake.submit(aReportOf(longAddress)).get();
        Receipt second = intake.submit(aReportOf(longAddress + "#again")).get();

        assertThat(second.links().head().caseId()).isEqualTo(first.links().head().caseId());
    }

    @Test
    void concurrent_retries_with_one_idempotency_key_file_one_report() throws Exception {
        SubmitReport intake = new ReportIntake(reports, Instant::now, java.util.UUID::randomUUID);
        var key = new org.hotline.domain.report.IdempotencyKey("anonymous", "retry-me", "fingerprint-1");
        var submission = new ReportSubmission(Channel.API, List.of("http://example.org/keyed"), List.of(), null, null, null,
                null, io.vavr.control.Option.none(), io.vavr.control.Option.some(key));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Receipt>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return intake.submit(submission).get();
            }));
        }
        start.countDown();
        List<Receipt> receipts = new ArrayList<>();
        for (Future<Receipt> attempt : attempts) {
            receipts.add(attempt.get());
        }
        pool.shutdown();

        assertThat(receipts.stream().map(Receipt::id).distinct()).hasSize(1);
        assertThat(receipts.stream().filter(r -> !r.replayed())).hasSize(1);
        long stored = database.jdbi().withHandle(h -> h.createQuery("select count(*) from report").mapTo(Long.class).one());
        assertThat(stored).isEqualTo(1);
        assertThat(reports.byId(receipts.get(0).id()).get().report().idempotencyKey()).contains(key);

        var different = new ReportSubmission(Channel.API, List.of("http://example.org/other"), List.of(), null, null, null,
                null, io.vavr.control.Option.none(), io.vavr.control.Option.some(
                        new org.hotline.domain.report.IdempotencyKey("anonymous", "retry-me", "fingerprint-2")));
        assertThat(intake.submit(different).getLeft().reason()).isEqualTo(org.hotline.domain.report.IntakeRefusal.KEY_REUSED);
    }

    @Test
    void a_partner_round_trips_and_is_recognised_by_its_key_only() {
        var registry = new org.hotline.domain.partner.PartnerRegistry(new PostgresPartners(database), clock,
                java.util.UUID::randomUUID);
        var registration = registry.register("Example Partner Hotline").get();

        assertThat(registry.recognise(registration.key().secret()).map(p -> p.name())).contains("Example Partner Hotline");
        assertThat(registry.recognise(registration.key().secret() + "0")).isEmpty();
        assertThat(registry.recognise("not a key")).isEmpty();
        String storedDigest = database.jdbi().withHandle(h -> h.createQuery("select key_digest from partner")
                .mapTo(String.class).one());
        assertThat(storedDigest).isNotEqualTo(registration.key().secret()).hasSize(64);

        Receipt receipt = new ReportIntake(reports, clock, java.util.UUID::randomUUID).submit(new ReportSubmission(
                Channel.API, List.of("example.org/p"), List.of(), null, null, null, null,
                io.vavr.control.Option.some(registration.partner().id()), io.vavr.control.Option.none())).get();
        assertThat(reports.byId(receipt.id()).get().report().submittedBy()).contains(registration.partner().id());
    }

    @Test
    void an_unknown_report_is_not_found() {
        assertThat(reports.byId(new ReportId(java.util.UUID.randomUUID()))).isEmpty();
        assertThat(cases.byId(new CaseId(java.util.UUID.randomUUID()))).isEmpty();
    }

    private static ReportSubmission aReportOf(String... urls) {
        return new ReportSubmission(Channel.WEB_FORM, List.of(urls), List.of("IMAGES"), null, null, null, null);
    }
}
