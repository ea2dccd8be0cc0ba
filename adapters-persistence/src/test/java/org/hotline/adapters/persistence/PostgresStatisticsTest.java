package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJob;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.statistics.CountryReferrals;
import org.hotline.domain.statistics.Day;
import org.hotline.domain.statistics.Intake;
import org.hotline.domain.statistics.Period;
import org.hotline.domain.statistics.RemovalTimes;
import org.hotline.domain.statistics.Removals;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestCaptures;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics over known rows in the real database, March 2026 in Brussels (UTC+1 until the 29th, UTC+2 after):
 * each expectation is worked out by hand beside it, the percentiles by linear interpolation between the nearest
 * ranks.
 */
class PostgresStatisticsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final Instant FROM = MARCH.start(BRUSSELS);
    private static final Instant UNTIL = MARCH.end(BRUSSELS);

    private final AtomicReference<Instant> now = new AtomicReference<>();
    private Database database;
    private ReportIntake intake;
    private PostgresCaptures captures;
    private PostgresCaptureJobs jobs;
    private PostgresStatistics statistics;

    @BeforeEach
    void empty() {
        database = TestDatabase.empty();
        var bench = new PostgresWorkbench(database, new InMemoryAuditTrail());
        intake = new ReportIntake(bench.reports, now::get, UUID::randomUUID);
        captures = new PostgresCaptures(database);
        jobs = new PostgresCaptureJobs(database);
        statistics = new PostgresStatistics(database);
    }

    /** A report of the addresses received at the moment; the case of each address. */
    private List<CaseId> report(String at, String... urls) {
        now.set(Instant.parse(at));
        return intake.submit(new ReportSubmission(Channel.WEB_FORM, List.of(urls), List.of("IMAGES"), null, null, null,
                null)).get().links().map(link -> link.caseId()).toJavaList();
    }

    private void decide(CaseId caseId, String kind, String at, String verdict, boolean baseline) {
        database.asOwner().useHandle(handle -> handle.createUpdate("""
                insert into assessment (id, case_id, kind, assessor, assessed_at, jurisdiction, law_date, verdict, rule,
                                        reason, baseline, rule_book)
                values (:id, :case, :kind, :assessor, :at, 'XT', '2026-03-01', :verdict, 'rule', 'reason', :baseline, 'XT 1')""")
                .bind("id", UUID.randomUUID()).bind("case", caseId.value()).bind("kind", kind)
                .bind("assessor", UUID.randomUUID()).bind("at", Instant.parse(at)).bind("verdict", verdict)
                .bind("baseline", baseline).execute());
    }

    /** A capture of the case with one item: fingerprinted or not, known or not. */
    private void capture(CaseId caseId, boolean fingerprinted, boolean known) {
        String address = "http://site.example/" + caseId.value();
        CaptureJob job = CaptureJob.requested(new CaptureJobId(UUID.randomUUID()), caseId, TestCaptures.url(address),
                now.get(), Option.none());
        jobs.request(job);
        var item = fingerprinted ? TestCaptures.image(address + "/a.jpg", caseId.value().toString().getBytes(), 64, 48)
                : TestCaptures.missing(address + "/a.jpg", new CaptureFailure.Unsuccessful(404));
        var capture = TestCaptures.page(address, item);
        var match = new KnownMatch(new ListName("own"), new CountryCode("BE"), 7,
                new KnownHash(HashAlgorithm.SHA256, "ab".repeat(32)), 0,
                new KnownClassification(KnownVerdict.ILLEGAL, Option.none(), true), LocalDate.of(2025, 6, 1));
        captures.add(new RecordedCapture(new CaptureId(UUID.randomUUID()), caseId, job.id(), capture,
                io.vavr.collection.List.of(new ItemId(UUID.randomUUID())),
                io.vavr.collection.List.of(known ? io.vavr.collection.List.of(match) : io.vavr.collection.List.empty())));
    }

    @Test
    void reports_cases_and_what_the_cases_opened_in_the_period_were_found_to_be_are_counted() {
        report("2026-02-28T22:30:00Z", "http://before.example/");          // 23:30 on 28 February in Brussels
        CaseId first = report("2026-02-28T23:30:00Z", "http://d.example/").get(0); // 00:30 on 1 March
        CaseId a = report("2026-03-02T08:00:00Z", "http://a.example/").get(0);
        List<CaseId> bc = report("2026-03-03T08:00:00Z", "http://b.example/", "http://c.example/");
        report("2026-03-04T08:00:00Z", "http://a.example/");              // folded into a's case
        report("2026-03-31T21:59:00Z", "http://e.example/");              // 23:59 on 31 March (UTC+2)
        CaseId after = report("2026-03-31T22:00:00Z", "http://after.example/").get(0);
        decide(a, "FIRST", "2026-03-02T09:00:00Z", "NOT_ILLEGAL", false);
        decide(a, "APPEAL", "2026-03-03T09:00:00Z", "ILLEGAL", true);     // the appeal stands
        decide(bc.get(0), "FIRST", "2026-03-03T09:00:00Z", "ILLEGAL", false);
        decide(bc.get(1), "FIRST", "2026-03-03T09:00:00Z", "NEEDS_LEGAL_REVIEW", false);
        decide(first, "FIRST", "2026-03-01T09:00:00Z", "NOT_ILLEGAL", false);
        decide(after, "FIRST", "2026-04-01T09:00:00Z", "ILLEGAL", true);
        capture(a, true, true);
        capture(bc.get(0), true, false);
        capture(bc.get(1), false, false);

        // Reports: d, a, b+c, a again, e = 5 carrying 6 addresses; cases opened: d, a, b, c, e = 5; assessed (latest
        // decision illegal or not): a, b, d = 3; illegal: a, b; baseline: a; fingerprinted: a, b; known: a.
        assertThat(statistics.intake(FROM, UNTIL)).isEqualTo(new Intake(5, 6, 5, 3, 2, 1, 2, 1));
        assertThat(statistics.intake(UNTIL, UNTIL.plusSeconds(1))).isEqualTo(new Intake(1, 1, 1, 1, 1, 1, 0, 0));
        assertThat(statistics.intake(FROM, FROM)).isEqualTo(Intake.NONE);
    }

    private void refer(CaseId caseId, String direction, String from, String to, String at) {
        database.asOwner().useHandle(handle -> {
            UUID id = UUID.randomUUID();
            handle.createUpdate("""
                    insert into exchange_referral (id, direction, case_id, from_country, to_country, address, hosting_trace,
                                                   verdict_kind, national_category, baseline, rule_book, items, referred_at)
                    values (:id, :direction, :case, :from, :to, 'http://x.example/', 'trace', 'ILLEGAL', 'A', false,
                            'XT 1', '[]', :at)""")
                    .bind("id", id).bind("direction", direction).bind("case", caseId.value()).bind("from", from)
                    .bind("to", to).bind("at", Instant.parse(at)).execute();
            lastReferral = id;
        });
    }

    private UUID lastReferral;

    private void status(String direction, String status) {
        database.asOwner().useHandle(handle -> handle.createUpdate("""
                insert into exchange_status (message_id, referral_id, direction, status, said_at, note)
                values (:message, :referral, :direction, :status, '2026-03-20T10:00:00Z', '')""")
                .bind("message", UUID.randomUUID()).bind("referral", lastReferral).bind("direction", direction)
                .bind("status", status).execute());
    }

    @Test
    void referrals_are_counted_by_the_country_they_went_to_or_came_from_with_those_reported_removed() {
        CaseId caseId = report("2026-02-01T08:00:00Z", "http://a.example/").get(0);
        refer(caseId, "OUTGOING", "BE", "NL", "2026-03-02T08:00:00Z");
        status("OUTGOING", "received");
        status("OUTGOING", "removed");
        refer(caseId, "OUTGOING", "BE", "NL", "2026-03-05T08:00:00Z");
        status("OUTGOING", "received");
        refer(caseId, "OUTGOING", "BE", "DE", "2026-03-06T08:00:00Z");
        refer(caseId, "INCOMING", "NL", "BE", "2026-03-07T08:00:00Z");
        status("INCOMING", "removed");                                     // said here, of a referral received
        refer(caseId, "INCOMING", "FR", "BE", "2026-03-08T08:00:00Z");
        refer(caseId, "OUTGOING", "BE", "NL", "2026-02-28T22:59:00Z");     // 23:59 on 28 February in Brussels

        assertThat(statistics.referrals(FROM, UNTIL)).containsExactly(
                new CountryReferrals(new CountryCode("NL"), 2, 1, 1),
                new CountryReferrals(new CountryCode("DE"), 1, 0, 0),
                new CountryReferrals(new CountryCode("FR"), 0, 1, 0));
        assertThat(statistics.referrals(UNTIL, UNTIL.plusSeconds(60))).isEmpty();
    }

    /** A takedown of the case in the state given, ended (where it did) the hours given after the case opened. */
    private void takedown(CaseId caseId, String state, Option<Double> hoursAfterOpening) {
        database.asOwner().useHandle(handle -> handle.createUpdate("""
                insert into takedown (id, case_id, procedure, state, started_at, ended_at, ended_note, procedure_steps)
                select :id, c.id, 'XT home', :state, c.opened_at,
                       c.opened_at + cast(:hours as double precision) * interval '1 hour',
                       case when :hours is null then null else 'seen gone' end, '[]'
                from case_file c where c.id = :case""")
                .bind("id", UUID.randomUUID()).bind("case", caseId.value()).bind("state", state)
                .bind("hours", hoursAfterOpening.getOrNull()).execute());
    }

    /** A hosting trace of the case whose hosts are given as JSON. */
    private void trace(CaseId caseId, String hosts) {
        database.asOwner().useHandle(handle -> handle.createUpdate("""
                insert into hosting_trace (id, case_id, started_at, finished_at, countries_data, networks_data, cdn_data,
                                           countries, hosts)
                values (:id, :case, now(), now(), 'test', 'test', 'test', '{}', cast(:hosts as jsonb))""")
                .bind("id", UUID.randomUUID()).bind("case", caseId.value()).bind("hosts", hosts).execute());
    }

    private static String page(String role, String organisation, long asn) {
        return """
                {"host": "h.example", "role": "%s", "addresses": [
                    {"address": "192.0.2.1", "country": "BE", "asn": %d%s},
                    {"address": "192.0.2.2", "country": "BE", "asn": 64999, "organisation": "Second Address"}]}"""
                .formatted(role, asn, organisation == null ? "" : ", \"organisation\": \"" + organisation + "\"");
    }

    private void settle(CaseId caseId, String country) {
        database.asOwner().useHandle(handle -> handle.createUpdate("""
                insert into hosting_settlement (id, case_id, country, basis, standing, procedure, steps, next, settled_by,
                                                settled_at)
                values (:id, :case, :country, 'CONFIRMED', 'HOME', 'XT home', '{}', 'TAKEDOWN', :by, now())""")
                .bind("id", UUID.randomUUID()).bind("case", caseId.value()).bind("country", country)
                .bind("by", UUID.randomUUID()).execute());
    }

    private static Duration hours(double hours) {
        return Duration.ofMillis(Math.round(hours * 3_600_000));
    }

    @Test
    void time_to_removal_has_its_median_ninetieth_percentile_and_shares_overall_per_country_and_per_provider() {
        CaseId r10 = report("2026-03-05T10:00:00Z", "http://r10.example/").get(0);
        CaseId r20 = report("2026-03-06T10:00:00Z", "http://r20.example/").get(0);
        CaseId r30 = report("2026-03-07T10:00:00Z", "http://r30.example/").get(0);
        CaseId r80 = report("2026-03-10T10:00:00Z", "http://r80.example/").get(0);
        CaseId r200 = report("2026-03-11T10:00:00Z", "http://r200.example/").get(0);
        takedown(r10, "REMOVED", Option.some(10.0));
        takedown(r20, "REMOVED", Option.some(20.0));
        takedown(r30, "REMOVED", Option.some(30.0));
        takedown(r80, "REMOVED", Option.some(80.0));
        takedown(r200, "REMOVED", Option.some(200.0));
        takedown(report("2026-01-02T10:00:00Z", "http://earlier.example/").get(0), "REMOVED", Option.some(5.0));
        takedown(report("2026-03-12T10:00:00Z", "http://withdrawn.example/").get(0), "WITHDRAWN", Option.some(1.0));
        takedown(report("2026-03-13T10:00:00Z", "http://running.example/").get(0), "RUNNING", Option.none());
        trace(r10, "[" + page("PAGE", "Alpha Hosting", 64500) + "]");
        trace(r20, "[" + page("ITEMS", "Item Host", 64501) + ", " + page("PAGE_AND_ITEMS", "Alpha Hosting", 64500) + "]");
        trace(r30, "[" + page("PAGE", null, 64502) + "]");
        trace(r80, "[" + page("PAGE", "Old Host", 64503) + "]");
        trace(r80, "[" + page("PAGE", "Beta", 64504) + "]");              // the latest trace names the provider
        settle(r10, "BE");
        settle(r20, "BE");
        settle(r30, "NL");
        settle(r30, "BE");                                                 // the latest settlement names the country
        settle(r80, "NL");

        Removals removals = statistics.removals(FROM, UNTIL);

        // 10, 20, 30, 80, 200 hours: median 30; 90th percentile at rank 0.9 x 4 = 3.6, 80 + 0.6 x 120 = 152;
        // within 24 hours 10 and 20, within 72 also 30, within 7 days (168) also 80.
        assertThat(removals.overall()).contains(new RemovalTimes(5, hours(30), hours(152), 2, 3, 4));
        // BE: 10, 20, 30: median 20, 90th at rank 1.8: 20 + 0.8 x 10 = 28. NL: 80. No country settled: 200.
        assertThat(removals.byCountry()).containsExactly(
                new Removals.Group(Option.some("BE"), new RemovalTimes(3, hours(20), hours(28), 2, 3, 3)),
                new Removals.Group(Option.some("NL"), new RemovalTimes(1, hours(80), hours(80), 0, 0, 1)),
                new Removals.Group(Option.none(), new RemovalTimes(1, hours(200), hours(200), 0, 0, 0)));
        // Alpha Hosting: 10, 20: median 15, 90th at rank 0.9: 10 + 0.9 x 10 = 19. AS64502 (no organisation): 30.
        assertThat(removals.byProvider()).containsExactly(
                new Removals.Group(Option.some("Alpha Hosting"), new RemovalTimes(2, hours(15), hours(19), 2, 2, 2)),
                new Removals.Group(Option.some("AS64502"), new RemovalTimes(1, hours(30), hours(30), 0, 1, 1)),
                new Removals.Group(Option.some("Beta"), new RemovalTimes(1, hours(80), hours(80), 0, 0, 1)),
                new Removals.Group(Option.none(), new RemovalTimes(1, hours(200), hours(200), 0, 0, 0)));
        assertThat(statistics.removals(UNTIL, UNTIL.plusSeconds(60))).isEqualTo(Removals.NONE);
    }

    @Test
    void days_count_reports_and_removals_on_the_day_they_fell_on_in_the_time_zone() {
        CaseId late = report("2026-02-28T23:30:00Z", "http://a.example/").get(0);   // 1 March, 00:30 in Brussels
        report("2026-03-01T10:00:00Z", "http://b.example/", "http://c.example/");
        report("2026-03-30T21:59:00Z", "http://d.example/");                       // 30 March, 23:59 (UTC+2)
        report("2026-03-31T22:00:00Z", "http://after.example/");                   // 1 April
        takedown(late, "REMOVED", Option.some(35.0));                              // 2 March, 11:30

        assertThat(statistics.days(MARCH, BRUSSELS)).containsExactly(
                new Day(LocalDate.of(2026, 3, 1), 2, 0),
                new Day(LocalDate.of(2026, 3, 2), 0, 1),
                new Day(LocalDate.of(2026, 3, 30), 1, 0));
    }
}
