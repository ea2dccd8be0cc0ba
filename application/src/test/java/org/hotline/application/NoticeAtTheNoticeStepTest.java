package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.mail.NoticeTemplates;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresAbuseContacts;
import org.hotline.adapters.persistence.PostgresAssessments;
import org.hotline.adapters.persistence.PostgresCases;
import org.hotline.adapters.persistence.PostgresHostingTraces;
import org.hotline.adapters.persistence.PostgresNotices;
import org.hotline.adapters.persistence.PostgresReports;
import org.hotline.adapters.persistence.PostgresSettlements;
import org.hotline.adapters.persistence.PostgresTakedowns;
import org.hotline.adapters.persistence.PostgresTraceJobs;
import org.hotline.adapters.persistence.PostgresUnitOfWork;
import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.ClaimDesk;
import org.hotline.domain.assessment.DecisionPorts;
import org.hotline.domain.assessment.Withdrawals;
import org.hotline.domain.hostcontacts.ContactId;
import org.hotline.domain.hostcontacts.ContactScope;
import org.hotline.domain.hostcontacts.DiscoverContacts;
import org.hotline.domain.hostcontacts.FindAbuseContacts;
import org.hotline.domain.hostcontacts.RegisteredContact;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.hosting.TracedAddress;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.casework.HostingDesk;
import org.hotline.domain.hosting.casework.HostingPorts;
import org.hotline.domain.hosting.casework.RecordedTrace;
import org.hotline.domain.hosting.casework.TraceId;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.Question;
import org.hotline.domain.notice.NoticeKind;
import org.hotline.domain.notice.NoticeState;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.notice.SendNotice;
import org.hotline.domain.notifying.NoticeDesk;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.takedown.TakedownDesk;
import org.hotline.domain.takedown.TakedownPorts;
import org.hotline.domain.takedown.TakedownRefusal;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryExposureLog;
import org.hotline.domain.testing.InMemoryIpData;
import org.hotline.domain.testing.InMemoryLimitLifts;
import org.hotline.domain.testing.TestNotices;
import org.hotline.domain.testing.TestStaff;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UK takedown to its notice step on the real database, the notice going out over SMTP to an in-process mail server:
 * the hotline's notice step queues the first notice for the host's registered contact in the same unit of work, the
 * outbox's worker delivers it once even when its first try fails for now and it runs again; a host nobody is
 * registered for refuses the step, and nothing is queued.
 */
class NoticeAtTheNoticeStepTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Acting ANALYST = TestStaff.analyst(1);
    private static final Acting SUPERVISOR = TestStaff.supervisor(8);
    private static final Acting LIAISON = TestStaff.policeLiaison(5);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.SMTP}));

    @TempDir
    static Path data;
    private static Database database;

    private final FixedClock clock = FixedClock.at("2026-11-30T09:00:00Z");
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private PostgresNotices notices;
    private PostgresAbuseContacts registry;
    private PostgresHostingTraces traces;
    private TakedownDesk takedownDesk;
    private ReportIntake intake;
    private ClaimDesk claims;
    private AssessmentDesk assessment;
    private HostingDesk hosting;
    private Map<String, String> answers;

    @BeforeAll
    static void start() {
        database = Database.start(TestConfigurations.embeddedIn(data).database());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void desks() {
        database.asOwner().useHandle(handle -> handle.execute("truncate notice_outbox, notice_case, notice, abuse_contact"));
        var home = Jurisdictions.discover(getClass().getClassLoader()).home(new CountryCode("GB"), JurisdictionSettings.none());
        var unit = new PostgresUnitOfWork(database);
        var cases = new PostgresCases(database);
        var assessments = new PostgresAssessments(database);
        notices = new PostgresNotices(database, Duration.ZERO);
        registry = new PostgresAbuseContacts(database);
        traces = new PostgresHostingTraces(database);
        var noticeDesk = new NoticeDesk(new NoticeDesk.Ports(traces, assessments,
                new FindAbuseContacts(registry, DiscoverContacts.none(), UUID::randomUUID), notices,
                NoticeTemplates.bundled()::speaks, new CountryCode("GB"), clock));
        takedownDesk = new TakedownDesk(new TakedownPorts(cases, new PostgresTakedowns(database),
                new QueuedHostNotices(noticeDesk), audit, unit, clock, UUID::randomUUID, LONDON));
        intake = new ReportIntake(new PostgresReports(database), clock, UUID::randomUUID);
        var welfare = new Welfare(new InMemoryExposureLog(), new InMemoryLimitLifts(), TestStaff.roster(), cases, audit,
                unit, clock, WelfareSettings.defaults(LONDON));
        claims = new ClaimDesk(cases, cases, welfare, audit, unit, clock, ClaimSettings.defaults());
        var exchange = new InMemoryExchange(new CountryCode("NL"));
        assessment = new AssessmentDesk(home.law(), new DecisionPorts(cases, assessments, welfare, audit, unit, clock,
                UUID::randomUUID, new Withdrawals(exchange, takedownDesk)), LONDON);
        hosting = new HostingDesk(new HostingPorts(cases, new PostgresTraceJobs(database), traces,
                new PostgresSettlements(database), audit, unit, clock, UUID::randomUUID), assessments, home.agreement(),
                exchange, new InMemoryIpData(), takedownDesk);
        answers = new HashMap<>(Workbench.BASELINE_ANSWERS);
        for (Question question : home.law().questionnaire().nationalQuestions()) {
            answers.put(question.id(), question.answers().last().id());
        }
    }

    @Test
    void the_notice_step_queues_the_notice_which_arrives_once_though_its_first_send_failed_and_the_worker_ran_again()
            throws Exception {
        registry.add(new RegisteredContact(new ContactId(UUID.randomUUID()), ContactScope.asn(new Asn(64500)),
                TestNotices.aHostingProvider()));
        String id = clearedForNotice("http://192.0.2.10/gallery/1.jpg");

        var recorded = takedownDesk.record(SUPERVISOR, id, "notice-to-host", "");

        assertThat(recorded.isRight()).as(() -> recorded.getLeft().detail()).isTrue();
        var queued = notices.ofCase(CaseId.parse(id).get()).single();
        assertThat(queued.kind()).isEqualTo(NoticeKind.FIRST_NOTICE);
        assertThat(queued.reference().value()).startsWith("GB-NTD-2026-");
        AtomicInteger tries = new AtomicInteger();
        SendNotice smtp = mail();
        SendNotice failingFirst = notice -> tries.incrementAndGet() == 1
                ? Either.left(new SendFailure.Temporary("421 try again later")) : smtp.send(notice);
        var worker = NoticeSending.unscheduled(notices, failingFirst, clock, Duration.ZERO);

        worker.round();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        worker.round();
        worker.round();

        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        var message = MAIL.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).contains("abuse@hosting.example");
        assertThat(GreenMailUtil.getBody(message)).contains("http://192.0.2.10/gallery/1.jpg", queued.reference().value());
        assertThat(tries.get()).isEqualTo(2);
        assertThat(notices.find(queued.reference()).get().state()).isInstanceOf(NoticeState.Sent.class);
    }

    @Test
    void an_appeal_finding_the_material_not_illegal_withdraws_the_notice_waiting_in_the_outbox_and_nothing_is_mailed() {
        registry.add(new RegisteredContact(new ContactId(UUID.randomUUID()), ContactScope.asn(new Asn(64500)),
                TestNotices.aHostingProvider()));
        String id = clearedForNotice("http://192.0.2.10/gallery/3.jpg");
        takedownDesk.record(SUPERVISOR, id, "notice-to-host", "").get();
        Map<String, String> adult = new HashMap<>(answers);
        adult.put("age", "ADULT");
        adult.put("content", "NONE");

        assessment.appeal(TestStaff.supervisor(9), id, adult, Option.none()).get();
        NoticeSending.unscheduled(notices, mail(), clock, Duration.ZERO).round();

        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(notices.ofCase(CaseId.parse(id).get()).single().state())
                .isInstanceOfSatisfying(NoticeState.Withdrawn.class, withdrawn -> assertThat(withdrawn.reason())
                        .isNotBlank());
    }

    @Test
    void a_host_nobody_is_registered_for_refuses_the_notice_step_and_queues_nothing() {
        String id = clearedForNotice("http://192.0.2.10/gallery/2.jpg");

        var refused = takedownDesk.record(SUPERVISOR, id, "notice-to-host", "").getLeft();

        assertThat(refused.reason()).isEqualTo(TakedownRefusal.NOTICE_NOT_SENT);
        assertThat(refused.detail()).contains("No abuse contact is registered for 192.0.2.10 (AS64500");
        assertThat(notices.ofCase(CaseId.parse(id).get())).isEmpty();
        assertThat(takedownDesk.record(SUPERVISOR, id, "notice-to-host", "").getLeft().reason())
                .as("the step was not recorded").isEqualTo(TakedownRefusal.NOTICE_NOT_SENT);
    }

    /** A report assessed illegal, traced to 192.0.2.10 (AS64500, GB), settled at home, police told and clear. */
    private String clearedForNotice(String url) {
        String id = intake.submit(new ReportSubmission(Channel.WEB_FORM, java.util.List.of(url), java.util.List.of("IMAGES"),
                null, null, null, null)).get().links().head().caseId().toString();
        claims.claim(ANALYST, id).get();
        assessment.confirm(ANALYST, id, answers).get();
        traced(CaseId.parse(id).get());
        clock.advance(Duration.ofMinutes(10));
        hosting.settle(ANALYST, id, "GB", "Hosted at AS64500, a home host.").get();
        takedownDesk.record(ANALYST, id, "notify-police", "").get();
        takedownDesk.record(LIAISON, id, "police-authorisation", "NCA ref 55").get();
        takedownDesk.record(LIAISON, id, "police-hold", "No hold").get();
        return id;
    }

    private void traced(CaseId caseId) {
        IpAddress address = IpAddress.parse("192.0.2.10").get();
        var facts = new AddressFacts(CountryCode.parse("GB"), Option.some(new Asn(64500)), Option.some("Example Hosting Ltd"));
        var host = new HostTrace(new Host.Numeric(address), HostTrace.Role.PAGE, Option.none(),
                List.of(new TracedAddress(address, facts, Option.none())));
        var version = new IpDataVersion(DataSetVersion.of("countries", "1"), DataSetVersion.of("networks", "1"),
                DataSetVersion.of("cdn", "1"));
        traces.add(new RecordedTrace(new TraceId(UUID.randomUUID()), caseId, Option.none(),
                new HostingTrace(clock.instant(), clock.instant(), version, List.of(host))));
    }

    private static SendNotice mail() {
        return TestConfigurations.noticesTo(MAIL.getSmtp().getPort());
    }
}
