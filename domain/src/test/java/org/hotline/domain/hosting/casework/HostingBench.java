package org.hotline.domain.hosting.casework;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.hotline.domain.CountryCode;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.ClaimDesk;
import org.hotline.domain.assessment.DecisionPorts;
import org.hotline.domain.assessment.Withdrawals;
import org.hotline.domain.hosting.HostingTracer;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.takedown.TakedownDesk;
import org.hotline.domain.takedown.TakedownPorts;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAssessments;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryCaptures;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryExposureLog;
import org.hotline.domain.testing.InMemoryHostingTraces;
import org.hotline.domain.testing.InMemoryIpData;
import org.hotline.domain.testing.InMemoryLimitLifts;
import org.hotline.domain.testing.InMemoryNameResolver;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.InMemorySettlements;
import org.hotline.domain.testing.InMemoryHostNotices;
import org.hotline.domain.testing.InMemoryTakedowns;
import org.hotline.domain.testing.InMemoryTraceJobs;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.testing.TestStaff;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;

/**
 * Cases assessed under the test law of country XT, traced over in-memory DNS and IP data: NL has a member hotline,
 * KP has none ({@link org.hotline.domain.testing.TestAgreement} says what follows).
 */
final class HostingBench {

    static final CountryCode HOME = TestLaw.COUNTRY;
    static final Duration LEASE = Duration.ofMinutes(5);

    final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    final InMemoryReports store = new InMemoryReports();
    final InMemoryAssessments assessments = new InMemoryAssessments(store);
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final SequentialIdentities identities = new SequentialIdentities();
    final InMemoryHostingTraces traces = new InMemoryHostingTraces();
    final InMemoryTraceJobs jobs = new InMemoryTraceJobs(store, traces, clock);
    final InMemorySettlements settlements = new InMemorySettlements();
    final InMemoryCaptures captures = new InMemoryCaptures();
    final InMemoryExchange exchange = new InMemoryExchange(new CountryCode("NL"));
    final InMemoryNameResolver dns = new InMemoryNameResolver()
            .address("home.example", "192.0.2.1")
            .address("member.example", "192.0.2.2", "2001:db8::2")
            .address("elsewhere.example", "192.0.2.3")
            .address("images.example", "192.0.2.4");
    final InMemoryIpData data = new InMemoryIpData()
            .with("192.0.2.1", HOME.value(), 64501, "Home Hosting")
            .with("192.0.2.2", "NL", 64502, "Dutch Hosting B.V.")
            .with("2001:db8::2", "NL", 64502, "Dutch Hosting B.V.")
            .with("192.0.2.3", "KP", 64503, "Far Away Hosting")
            .with("192.0.2.4", "DE", 64504, "Bilder GmbH");
    final HostingPorts ports = new HostingPorts(store, jobs, traces, settlements, audit, UnitOfWork.none(), clock, identities);
    final TraceWork work = new TraceWork(new HostingTracer(dns, data, clock), ports, captures, LEASE);
    final InMemoryTakedowns takedowns = new InMemoryTakedowns();
    final InMemoryHostNotices notices = new InMemoryHostNotices();
    /** What the takedowns told of their progress (to the hotline that referred a case, in the program). */
    final java.util.List<String> progress = new java.util.ArrayList<>();
    final TakedownDesk takedownDesk = new TakedownDesk(new TakedownPorts(store, takedowns, notices, audit,
            UnitOfWork.none(), clock, identities, ZoneId.of("Europe/Brussels"),
            new org.hotline.domain.takedown.TakedownProgress() {
                @Override
                public void noticeSent(CaseId caseId, String step, java.time.Instant at) {
                    progress.add("notice sent " + caseId + " at " + at + " (" + step + ")");
                }

                @Override
                public void removed(CaseId caseId, String evidence, java.time.Instant at) {
                    progress.add("removed " + caseId + " at " + at + ": " + evidence);
                }
            }));
    final HostingDesk desk = new HostingDesk(ports, assessments, new org.hotline.domain.testing.TestAgreement(), exchange, data,
            captures, takedownDesk);
    private final ReportIntake intake = new ReportIntake(store, clock, identities);
    private final ClaimDesk claims;
    final AssessmentDesk assessment;

    HostingBench() {
        var welfare = new Welfare(new InMemoryExposureLog(), new InMemoryLimitLifts(), TestStaff.roster(), store, audit,
                UnitOfWork.none(), clock, WelfareSettings.defaults(ZoneId.of("Europe/Brussels")));
        claims = new ClaimDesk(store, store, welfare, audit, UnitOfWork.none(), clock, ClaimSettings.defaults());
        assessment = new AssessmentDesk(TestLaw.withUninvolvedReviewer(false), new DecisionPorts(store, assessments, welfare,
                audit, UnitOfWork.none(), clock, identities, new Withdrawals(exchange, takedownDesk)),
                ZoneId.of("Europe/Brussels"));
    }

    /** A case of the address, assessed illegal by the analyst: it awaits the hosting trace. */
    String anIllegalCase(String url, Acting analyst) {
        String id = aCase(url);
        claims.claim(analyst, id).get();
        assessment.confirm(analyst, id, TestLaw.illegal()).get();
        return id;
    }

    String aCase(String url) {
        return intake.submit(new ReportSubmission(Channel.WEB_FORM, List.of(url), List.of("IMAGES"), "Seen.", null, null,
                null)).get().links().head().caseId().toString();
    }

    /** Traces every case that awaits it, as the worker's round does. */
    void traceAll() {
        work.round(10);
    }

    CaseState stateOf(String caseId) {
        return store.byId(CaseId.parse(caseId).get()).get().state();
    }

    static CaseId idOf(String caseId) {
        return CaseId.parse(caseId).get();
    }
}
