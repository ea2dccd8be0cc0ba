package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestStaff.analyst;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.CdnMatch;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.hosting.HostingTracer;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.hosting.TracedAddress;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.casework.HostingDesk;
import org.hotline.domain.hosting.casework.HostingPorts;
import org.hotline.domain.hosting.casework.RecordedTrace;
import org.hotline.domain.hosting.casework.Settlement;
import org.hotline.domain.hosting.casework.TraceId;
import org.hotline.domain.hosting.casework.TraceJob;
import org.hotline.domain.hosting.casework.TraceJobId;
import org.hotline.domain.hosting.casework.TraceWork;
import org.hotline.domain.hosting.dns.AddressRecord;
import org.hotline.domain.hosting.dns.CnameRecord;
import org.hotline.domain.hosting.dns.DnsAnswer;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.NameServerRecord;
import org.hotline.domain.hosting.dns.NameServers;
import org.hotline.domain.hosting.dns.RecordType;
import org.hotline.domain.hosting.dns.Resolution;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.TakedownDesk;
import org.hotline.domain.takedown.TakedownPorts;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryCaptures;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryHostNotices;
import org.hotline.domain.testing.InMemoryIpData;
import org.hotline.domain.testing.InMemoryNameResolver;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresHostingTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String RESOLVER = "192.0.2.53:53";

    private Database database;
    private PostgresWorkbench bench;
    private PostgresTraceJobs jobs;
    private PostgresHostingTraces traces;
    private PostgresSettlements settlements;
    private PostgresTakedowns takedowns;
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    @BeforeEach
    void empty() {
        database = TestDatabase.empty();
        bench = new PostgresWorkbench(database, audit);
        jobs = new PostgresTraceJobs(database);
        traces = new PostgresHostingTraces(database);
        settlements = new PostgresSettlements(database);
        takedowns = new PostgresTakedowns(database);
    }

    private static DomainName name(String text) {
        return new DomainName(text);
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).get();
    }

    private static DnsAnswer failed(RecordType type, DnsOutcome outcome) {
        return DnsAnswer.without(type, Option.some(RESOLVER), List.empty(), outcome);
    }

    /** A page behind a CNAME chain with an IPv6 answer that failed, and hosts that failed in every way DNS can. */
    private static HostingTrace everyKindOfAnswer() {
        var chain = List.of(new CnameRecord(name("www.site.example"), name("edge.cdn.example"), 300));
        var page = new Resolution(name("www.site.example"),
                DnsAnswer.complete(RecordType.A, RESOLVER, chain,
                        List.of(new AddressRecord(name("edge.cdn.example"), ip("192.0.2.10"), 60))),
                failed(RecordType.AAAA, new DnsOutcome.ServerFailure(Option.some("DNSSEC bogus (EDE 6)"))),
                NameServers.of(name("site.example"), List.of(new NameServerRecord(name("ns1.site.example"), 86400)), RESOLVER));
        TracedAddress pageAddress = new TracedAddress(ip("192.0.2.10"), new AddressFacts(CountryCode.parse("NL"),
                Option.some(new Asn(64500)), Option.some("Édge Networks B.V.")),
                Option.some(new CdnMatch.ByAlias("Example CDN", name("edge.cdn.example"))));
        var gone = new Resolution(name("gone.example"), failed(RecordType.A, new DnsOutcome.NameNotFound(name("gone.example"))),
                failed(RecordType.AAAA, new DnsOutcome.CnameLoop(List.of(name("a.example"), name("b.example")))),
                NameServers.none(Option.none(), new DnsOutcome.TimedOut()));
        var lame = new Resolution(name("lame.example"), failed(RecordType.A, new DnsOutcome.LameDelegation("no authority")),
                failed(RecordType.AAAA, new DnsOutcome.CnameChainTooLong(16)),
                NameServers.none(Option.some(RESOLVER), new DnsOutcome.Refused()));
        var odd = new Resolution(name("odd.example"), failed(RecordType.A, new DnsOutcome.Failed("truncated answer")),
                failed(RecordType.AAAA, new DnsOutcome.NoRecords()),
                NameServers.none(Option.some(RESOLVER), new DnsOutcome.ServerFailure(Option.none())));
        TracedAddress numeric = new TracedAddress(ip("2001:db8::7"), new AddressFacts(Option.none(), Option.some(new Asn(13335)),
                Option.none()), Option.some(new CdnMatch.ByAsn("Cloudflare", new Asn(13335))));
        Seq<HostTrace> hosts = List.of(
                new HostTrace(new Host.Named(name("www.site.example")), HostTrace.Role.PAGE_AND_ITEMS, Option.some(page),
                        List.of(pageAddress)),
                new HostTrace(new Host.Named(name("gone.example")), HostTrace.Role.ITEMS, Option.some(gone), List.empty()),
                new HostTrace(new Host.Named(name("lame.example")), HostTrace.Role.ITEMS, Option.some(lame), List.empty()),
                new HostTrace(new Host.Named(name("odd.example")), HostTrace.Role.ITEMS, Option.some(odd), List.empty()),
                new HostTrace(new Host.Numeric(ip("2001:db8::7")), HostTrace.Role.ITEMS, Option.none(), List.of(numeric)));
        var data = new IpDataVersion(DataSetVersion.absent("geo-whois-asn-country"),
                DataSetVersion.of("asn", "2.3.2026061719 sha256:0123456789ab"), DataSetVersion.of("cdn-networks", "built-in"));
        return new HostingTrace(T0, T0.plusMillis(1234), data, hosts);
    }

    @Test
    void a_trace_reads_back_as_it_was_made_with_every_kind_of_answer_and_the_data_versions() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://www.site.example/a"));
        RecordedTrace recorded = new RecordedTrace(new TraceId(UUID.randomUUID()), caseId,
                Option.some(new StaffId(UUID.randomUUID())), everyKindOfAnswer());

        traces.add(recorded);

        assertThat(traces.ofCase(caseId)).containsExactly(recorded);
        assertThat(traces.ofCase(new CaseId(UUID.randomUUID()))).isEmpty();
        String countries = database.storage().read(handle -> handle.createQuery(
                "select array_to_string(countries, ',') from hosting_trace").mapTo(String.class).one());
        assertThat(countries).isEqualTo("NL");
    }

    @Test
    void a_cases_traces_read_the_latest_first() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://www.site.example/a"));
        RecordedTrace first = new RecordedTrace(new TraceId(UUID.randomUUID()), caseId, Option.none(), everyKindOfAnswer());
        RecordedTrace second = new RecordedTrace(new TraceId(UUID.randomUUID()), caseId, Option.none(), everyKindOfAnswer());

        traces.add(first);
        traces.add(second);

        assertThat(traces.ofCase(caseId).map(RecordedTrace::id)).containsExactly(second.id(), first.id());
    }

    private TraceJob requested(CaseId caseId) {
        return TraceJob.requested(new TraceJobId(UUID.randomUUID()), caseId, T0, Option.none());
    }

    @Test
    void a_case_has_one_trace_job_at_most_and_a_job_held_ends_once() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://www.site.example/a"));
        TraceJob job = TraceJob.requested(new TraceJobId(UUID.randomUUID()), caseId, T0, Option.some(analyst(1).staff()));

        assertThat(jobs.request(job)).isTrue();
        assertThat(jobs.request(requested(caseId))).isFalse();
        assertThat(jobs.waitingOf(caseId)).contains(job);
        TraceJob leased = jobs.lease(5, Duration.ofMinutes(1)).single();
        assertThat(leased.attempts()).isEqualTo(1);
        assertThat(jobs.lease(5, Duration.ofMinutes(1))).as("held").isEmpty();
        assertThat(jobs.finish(leased)).isTrue();
        assertThat(jobs.finish(leased)).isFalse();
        assertThat(jobs.waitingOf(caseId)).isEmpty();
    }

    @Test
    void a_job_tried_again_later_says_why_and_is_not_due_until_then() {
        CaseId caseId = PostgresWorkbench.id(bench.aCase("http://www.site.example/a"));
        jobs.request(requested(caseId));
        TraceJob leased = jobs.lease(5, Duration.ofMinutes(1)).single();

        assertThat(jobs.retryLater(leased, Duration.ofHours(1), "The trace stopped.")).isTrue();

        assertThat(jobs.waitingOf(caseId).get().lastFailure()).contains("The trace stopped.");
        assertThat(jobs.lease(5, Duration.ofMinutes(1))).isEmpty();
        assertThat(jobs.retryLater(leased, Duration.ofHours(1), "again")).as("no longer held").isFalse();
    }

    private HostingDesk desk(CooperationAgreement agreement, InMemoryIpData data) {
        HostingPorts ports = hostingPorts();
        var takedowns = new TakedownDesk(new TakedownPorts(bench.cases, this.takedowns, new InMemoryHostNotices(), audit,
                new PostgresUnitOfWork(database), bench.clock, UUID::randomUUID, PostgresWorkbench.BRUSSELS));
        return new HostingDesk(ports, bench.assessments, agreement, new InMemoryExchange(new CountryCode("NL")), data,
                takedowns);
    }

    private HostingPorts hostingPorts() {
        return new HostingPorts(bench.cases, jobs, traces, settlements, audit, new PostgresUnitOfWork(database), bench.clock,
                UUID::randomUUID);
    }

    private String anIllegalCase(String url) {
        String id = bench.aCase(url);
        bench.claims.claim(analyst(1), id).get();
        bench.desk.confirm(analyst(1), id, TestLaw.illegal()).get();
        return id;
    }

    @Test
    void cases_awaiting_the_trace_are_traced_once_and_settled_to_be_referred_or_for_the_police() {
        String member = anIllegalCase("http://member.example/a");
        String elsewhere = anIllegalCase("http://elsewhere.example/b");
        bench.aCase("http://not-assessed.example/");
        var dns = new InMemoryNameResolver().address("member.example", "192.0.2.2").address("elsewhere.example", "192.0.2.3");
        var data = new InMemoryIpData().with("192.0.2.2", "NL", 64502, "Dutch Hosting B.V.")
                .with("192.0.2.3", "KP", 64503, "Far Away Hosting");
        var work = new TraceWork(new HostingTracer(dns, data, bench.clock), hostingPorts(), new InMemoryCaptures(),
                Duration.ofMinutes(5));

        assertThat(work.round(10).map(TraceWork.Ran::outcome)).containsOnly(TraceWork.Outcome.TRACED).hasSize(2);
        assertThat(work.round(10)).as("traced already").isEmpty();
        HostingDesk desk = desk(new Agreement(), data);
        Settlement referred = desk.settle(analyst(1), member, "NL", "").get();
        Settlement police = desk.settle(analyst(1), elsewhere, "KP", "").get();

        assertThat(bench.cases.byId(PostgresWorkbench.id(member)).get().state())
                .isEqualTo(new CaseState.ToRefer(bench.clock.instant(), new CountryCode("NL")));
        assertThat(bench.cases.byId(PostgresWorkbench.id(elsewhere)).get().state())
                .isEqualTo(new CaseState.ForPolice(bench.clock.instant(), new CountryCode("KP")));
        assertThat(settlements.ofCase(PostgresWorkbench.id(member))).containsExactly(referred);
        assertThat(settlements.ofCase(PostgresWorkbench.id(elsewhere))).containsExactly(police);
        assertThat(referred.trace()).contains(traces.ofCase(PostgresWorkbench.id(member)).head().id());
    }

    @Test
    void an_override_with_its_reason_reads_back_and_a_case_appealed_to_not_illegal_leaves_the_referral() {
        String member = anIllegalCase("http://member.example/a");
        var data = new InMemoryIpData().with("192.0.2.2", "NL", 64502, "Dutch Hosting B.V.");
        var work = new TraceWork(new HostingTracer(new InMemoryNameResolver().address("member.example", "192.0.2.2"), data,
                bench.clock), hostingPorts(), new InMemoryCaptures(), Duration.ofMinutes(5));
        work.round(10);

        Settlement settled = desk(new Agreement(), data).settle(analyst(1), member, "XT", "Seen on the host's own page.").get();

        assertThat(settlements.ofCase(PostgresWorkbench.id(member)).single().decision().reason())
                .contains("Seen on the host's own page.");
        assertThat(settled.steps()).containsExactly("Home: tell the police.");
        assertThat(bench.cases.byId(PostgresWorkbench.id(member)).get().state()).isInstanceOf(CaseState.InTakedown.class);
        assertThat(takedowns.ofCase(PostgresWorkbench.id(member)).get().procedure().name()).as("started in the same work")
                .isEqualTo("home");
    }

    /** Home: the police. NL: a referral. Elsewhere: the police. */
    private static final class Agreement implements CooperationAgreement {
        @Override
        public CountryCode jurisdiction() {
            return TestLaw.COUNTRY;
        }

        @Override
        public Procedure procedureFor(Verdict verdict, HostingLocation location) {
            if (location instanceof HostingLocation.Home) {
                return Procedure.of("home", Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Home: tell the police."));
            }
            if (location instanceof HostingLocation.MemberHotlineCountry) {
                return Procedure.of("refer", Step.of("refer", StepKind.REFER_TO_PARTNER_HOTLINE, Actor.HOTLINE, "Refer."));
            }
            return Procedure.of("abroad", Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."));
        }
    }
}
