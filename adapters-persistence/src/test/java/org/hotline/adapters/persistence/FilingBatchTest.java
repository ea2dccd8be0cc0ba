package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.vavr.control.Option;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.IdempotencyKey;
import org.hotline.domain.report.Receipt;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilingBatchTest {

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00.123456Z");
    private Database database;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
    }

    @Test
    void one_batch_folds_its_own_duplicates_joins_open_cases_and_hands_back_what_it_cannot_settle() throws Exception {
        Receipt earlier = new ReportIntake(new PostgresReports(database), () -> AT, UUID::randomUUID)
                .submit(submission(Option.some(key("used-before", "f0")), "http://example.org/c")).get();

        var first = pending(Option.none(), "http://example.org/a", "http://example.org/b");
        var second = pending(Option.none(), "HTTP://EXAMPLE.ORG/a#again");
        var third = pending(Option.none(), "http://example.org/c");
        var keyed = pending(Option.some(key("k", "f1")), "http://example.org/d");
        var sameKeyInBatch = pending(Option.some(key("k", "f1")), "http://example.org/d");
        var keyUsedBefore = pending(Option.some(key("used-before", "f0")), "http://example.org/c");

        FilingBatch.Result result = database.jdbi().inTransaction(handle -> FilingBatch.file(handle,
                List.of(first, second, third, keyed, sameKeyInBatch, keyUsedBefore)));

        assertThat(result.again()).as("filed again by itself, once the batch is in").containsExactly(sameKeyInBatch);
        var replay = result.settled().get(keyUsedBefore.report()).get();
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.report().id()).isEqualTo(earlier.id());
        var a = result.settled().get(first.report()).get().links().get(0);
        assertThat(a.opened()).isTrue();
        assertThat(result.settled().get(first.report()).get().links().get(1).opened()).isTrue();
        var alsoA = result.settled().get(second.report()).get().links().get(0);
        assertThat(alsoA.opened()).isFalse();
        assertThat(alsoA.caseId()).isEqualTo(a.caseId());
        var c = result.settled().get(third.report()).get().links().get(0);
        assertThat(c.opened()).isFalse();
        assertThat(c.caseId()).isEqualTo(earlier.links().head().caseId());
        assertThat(result.settled().get(keyed.report()).get().links().get(0).opened()).isTrue();
        assertThat(count("select count(*) from case_file where state <> 'CLOSED'")).isEqualTo(4);
        assertThat(count("select count(*) from report")).isEqualTo(5);
        assertThat(count("select count(*) from report_url")).isEqualTo(6);

        // What the batch stored reads back exactly as filed.
        var stored = new PostgresReports(database).byId(first.report().id()).get();
        assertThat(stored.report().receivedAt()).isEqualTo(AT);
        assertThat(stored.links()).isEqualTo(result.settled().get(first.report()).get().links());
    }

    @Test
    void a_batch_opens_cases_already_ranked_and_ranks_again_the_cases_it_joins() throws Exception {
        // An existing case with nine reports of text: one more report makes it viral (urgent).
        var intake = new ReportIntake(new PostgresReports(database), () -> AT, UUID::randomUUID);
        for (int i = 0; i < 9; i++) {
            intake.submit(new ReportSubmission(Channel.WEB_FORM, List.of("http://example.org/viral"), List.of("TEXT"),
                    null, null, null, null)).get();
        }
        assertThat(signals("http://example.org/viral")).isEqualTo("9 false false 0");

        var imagery = pending(Option.none(), "http://example.org/new", "http://example.org/viral");
        var again = pending(Option.none(), "http://example.org/new");
        database.jdbi().useTransaction(handle -> FilingBatch.file(handle, List.of(imagery, again)));

        assertThat(signals("http://example.org/new")).as("opened by the batch, with both its reports' signals")
                .isEqualTo("2 false true 1");
        assertThat(signals("http://example.org/viral")).as("joined: ten reports now, and imagery").isEqualTo("10 false true 2");
    }

    @Test
    void the_latest_closed_case_of_an_address_decides_whether_a_report_joins_a_closed_case() throws Exception {
        var intake = new ReportIntake(new PostgresReports(database), () -> AT, UUID::randomUUID);
        CaseId notIllegal = intake.submit(submission(Option.none(), "http://example.org/x")).get().links().head().caseId();
        close(notIllegal, "NOT_ILLEGAL", AT.minusSeconds(120));
        CaseId removed = intake.submit(submission(Option.none(), "http://example.org/x")).get().links().head().caseId();
        close(removed, "CONTENT_REMOVED", AT.minusSeconds(60));
        CaseId otherNotIllegal = intake.submit(submission(Option.none(), "http://example.org/y")).get().links().head().caseId();
        close(otherNotIllegal, "NOT_ILLEGAL", AT.minusSeconds(60));

        var afterTakedown = pending(Option.none(), "http://example.org/x");
        var afterNotIllegal = pending(Option.none(), "http://example.org/y");
        FilingBatch.Result result = database.jdbi().inTransaction(handle -> FilingBatch.file(handle,
                List.of(afterTakedown, afterNotIllegal)));

        var x = result.settled().get(afterTakedown.report()).get().links().head();
        assertThat(x.opened()).as("a report after a takedown opens a case, though an older case was not illegal").isTrue();
        assertThat(x.caseId()).isNotIn(notIllegal, removed);
        var y = result.settled().get(afterNotIllegal.report()).get().links().head();
        assertThat(y.caseId()).as("joins the case closed as not illegal a minute ago").isEqualTo(otherNotIllegal);
        assertThat(count("select report_count from case_file where id = '" + otherNotIllegal.value() + "'")).isEqualTo(2);
    }

    @Test
    void a_burst_of_concurrent_reports_keeps_every_rule() throws Exception {
        var intake = new ReportIntake(new PostgresReports(database), () -> AT, UUID::randomUUID);
        int threads = 24;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Receipt>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit((Callable<List<Receipt>>) () -> {
                List<Receipt> receipts = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    // Two threads share each key: their second request is a retry of the first's.
                    Option<IdempotencyKey> key = i % 5 == 0 ? Option.some(key("pair-" + thread / 2 + "-" + i, "same")) : Option.none();
                    receipts.add(intake.submit(submission(key, "http://example.org/hot/" + (i % 3),
                            "http://example.org/own/" + thread + "/" + i)).get());
                }
                return receipts;
            }));
        }
        List<Receipt> all = new ArrayList<>();
        for (var result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();

        long replays = all.stream().filter(Receipt::replayed).count();
        assertThat(replays).isEqualTo((long) threads / 2 * (each / 5));
        assertThat(count("select count(*) from report")).isEqualTo(threads * each - replays);
        assertThat(count("select count(*) from (select url_key from case_file where state <> 'CLOSED' group by url_key having count(*) > 1) x"))
                .as("one open case per address").isZero();
        assertThat(count("select count(*) from case_file where canonical_url like 'http://example.org/hot/%'")).isEqualTo(3);
        assertThat(count("select count(*) from report_url")).isEqualTo(2 * (threads * each - replays));
        for (Receipt receipt : all) {
            assertThat(new PostgresReports(database).byId(receipt.id())).hasSize(1);
        }
    }

    private static IdempotencyKey key(String key, String fingerprint) {
        return new IdempotencyKey("anonymous", key, fingerprint);
    }

    private static ReportSubmission submission(Option<IdempotencyKey> key, String... urls) {
        return new ReportSubmission(Channel.API, List.of(urls), List.of("IMAGES"), "seen", null, null, null, Option.none(), key);
    }

    private static FilingBatch.Pending pending(Option<IdempotencyKey> key, String... urls) {
        ReportSubmission submission = submission(key, urls);
        Report report = Report.receive(new ReportId(UUID.randomUUID()), AT, submission, submission.validate().get());
        return new FilingBatch.Pending(report, report.urls().map(url -> Case.open(new CaseId(UUID.randomUUID()), url, report)),
                org.hotline.domain.report.IntakeRules.standard());
    }

    private void close(CaseId id, String reason, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate(
                "update case_file set state = 'CLOSED', closure_reason = :reason, state_since = :at where id = :id")
                .bind("reason", reason).bind("at", at).bind("id", id.value()).execute());
    }

    /** Reports, referred, visual and priority of the open case of an address. */
    private String signals(String address) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                select report_count || ' ' || referred || ' ' || visual || ' ' || priority
                from case_file where canonical_url = :url and state <> 'CLOSED'""").bind("url", address)
                .mapTo(String.class).one());
    }

    private long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
