package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresAssessments;
import org.hotline.adapters.persistence.PostgresCases;
import org.hotline.adapters.persistence.PostgresHostingTraces;
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
import org.hotline.domain.hosting.casework.HostingDesk;
import org.hotline.domain.hosting.casework.HostingPorts;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Question;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.takedown.StepDone;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownDesk;
import org.hotline.domain.takedown.TakedownPorts;
import org.hotline.domain.takedown.TakedownRefusal;
import org.hotline.domain.takedown.TakedownState;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryExposureLog;
import org.hotline.domain.testing.InMemoryHostNotices;
import org.hotline.domain.testing.InMemoryIpData;
import org.hotline.domain.testing.InMemoryLimitLifts;
import org.hotline.domain.testing.TestStaff;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home-hosted illegal item under Belgian and under UK law, from the verdict to the removal seen, through the desks on
 * the real database: the takedown starts when the hosting is settled at home, each step is recorded by the role of
 * its actor in the agreement's order, a police hold keeps what reaches the host back until it is lifted, and the
 * removal seen ends the takedown and closes the case.
 */
class TakedownUnderHomeLawTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Acting ANALYST = TestStaff.analyst(1);
    private static final Acting SUPERVISOR = TestStaff.supervisor(8);
    private static final Acting LIAISON = TestStaff.policeLiaison(5);

    @TempDir
    static Path data;
    private static Database database;

    @BeforeAll
    static void start() {
        database = Database.start(TestConfigurations.embeddedIn(data).database());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    /** The desks of one home jurisdiction over the database. */
    private static final class Hotline {
        final FixedClock clock = FixedClock.at("2026-11-30T09:00:00Z");
        final InMemoryAuditTrail audit = new InMemoryAuditTrail();
        final InMemoryHostNotices notices = new InMemoryHostNotices().contactFor("hosting.example");
        final PostgresCases cases = new PostgresCases(database);
        final PostgresTakedowns takedowns = new PostgresTakedowns(database);
        final TakedownDesk takedownDesk;
        final ReportIntake intake;
        final ClaimDesk claims;
        final AssessmentDesk assessment;
        final HostingDesk hosting;
        final Map<String, String> answers;

        Hotline(String country) {
            var home = Jurisdictions.discover(getClass().getClassLoader()).home(new CountryCode(country),
                    JurisdictionSettings.none());
            var unit = new PostgresUnitOfWork(database);
            var assessments = new PostgresAssessments(database);
            takedownDesk = new TakedownDesk(new TakedownPorts(cases, takedowns, notices, audit, unit, clock, UUID::randomUUID,
                    BRUSSELS));
            intake = new ReportIntake(new PostgresReports(database), clock, UUID::randomUUID);
            var welfare = new Welfare(new InMemoryExposureLog(), new InMemoryLimitLifts(), TestStaff.roster(), cases, audit,
                    unit, clock, WelfareSettings.defaults(BRUSSELS));
            claims = new ClaimDesk(cases, cases, welfare, audit, unit, clock, ClaimSettings.defaults());
            var exchange = new InMemoryExchange(new CountryCode("NL"));
            assessment = new AssessmentDesk(home.law(), new DecisionPorts(cases, assessments, welfare, audit, unit, clock,
                    UUID::randomUUID, new Withdrawals(exchange, takedownDesk)), BRUSSELS);
            hosting = new HostingDesk(new HostingPorts(cases, new PostgresTraceJobs(database),
                    new PostgresHostingTraces(database), new PostgresSettlements(database), audit, unit, clock,
                    UUID::randomUUID), assessments, home.agreement(), exchange, new InMemoryIpData(), takedownDesk);
            answers = answersOf(home.law());
        }

        /** A report of the address through the channel, assessed illegal and settled as hosted at home. */
        String settledAtHome(String country, String url, Channel channel) {
            String id = intake.submit(new ReportSubmission(channel, java.util.List.of(url), java.util.List.of("IMAGES"),
                    null, null, null, null)).get().links().head().caseId().toString();
            claims.claim(ANALYST, id).get();
            assessment.confirm(ANALYST, id, answers).get();
            clock.advance(Duration.ofMinutes(10));
            hosting.settle(ANALYST, id, country, "Hosted by hosting.example, a home host.").get();
            return id;
        }

        Takedown takedownOf(String caseId) {
            return takedowns.ofCase(CaseId.parse(caseId).get()).get();
        }

        void after(Duration duration) {
            clock.advance(duration);
        }
    }

    /** A real child under 13, explicit: illegal everywhere. A national question is answered with its last answer. */
    static Map<String, String> answersOf(org.hotline.domain.law.NationalLaw law) {
        Map<String, String> answers = new HashMap<>(Workbench.BASELINE_ANSWERS);
        for (Question question : law.questionnaire().nationalQuestions()) {
            answers.put(question.id(), question.answers().last().id());
        }
        return answers;
    }

    @Test
    void in_belgium_the_hotline_informs_the_police_the_magistrate_approves_and_the_police_ask_the_host_after_any_hold() {
        Hotline be = new Hotline("BE");
        String id = be.settledAtHome("BE", "http://hosting.example/be", Channel.WEB_FORM);
        assertThat(be.takedownOf(id).procedure().name()).isEqualTo("be-home-hosted");
        assertThat(be.cases.byId(CaseId.parse(id).get()).get().state()).isInstanceOf(CaseState.InTakedown.class);

        assertThat(be.takedownDesk.record(ANALYST, id, "magistrate-verbal-approval", "").getLeft().reason())
                .isEqualTo(TakedownRefusal.ROLE_REQUIRED);
        be.takedownDesk.record(ANALYST, id, "notify-federal-police", "FCCU 2026/118").get();
        be.after(Duration.ofHours(2));
        be.takedownDesk.record(LIAISON, id, "magistrate-verbal-approval", "Substitute Peeters, by telephone").get();
        be.takedownDesk.placeHold(LIAISON, id, "Operation Lindeboom", "2026-12-14").get();
        assertThat(be.takedownDesk.record(LIAISON, id, "police-notice-to-host", "").getLeft().reason())
                .isEqualTo(TakedownRefusal.ON_POLICE_HOLD);
        be.after(Duration.ofDays(3));
        be.takedownDesk.liftHold(LIAISON, id, "Evidence secured").get();
        be.takedownDesk.record(LIAISON, id, "police-notice-to-host", "Host asked by e-mail").get();
        be.after(Duration.ofHours(5));
        be.takedownDesk.record(LIAISON, id, "written-removal-order", "Order 2026/77").get();
        be.after(Duration.ofHours(1));
        Takedown removed = be.takedownDesk.removalSeen(CaseId.parse(id).get(), "re-check: 404 Not Found",
                be.clock.instant()).get();

        Takedown stored = be.takedownOf(id);
        assertThat(stored.done()).extracting(StepDone::actor)
                .containsExactly(Actor.HOTLINE, Actor.MAGISTRATE, Actor.POLICE, Actor.MAGISTRATE);
        assertThat(stored.done()).extracting(StepDone::recordedBy)
                .containsExactly(ANALYST.staff(), LIAISON.staff(), LIAISON.staff(), LIAISON.staff());
        assertThat(stored.state()).isInstanceOf(TakedownState.Removed.class);
        assertThat(stored.timeToRemoval()).isEqualTo(removed.timeToRemoval()).contains(Duration.ofHours(80));
        assertThat(stored.liftedHolds().single().reason()).isEqualTo("Evidence secured");
        assertThat(be.notices.sent()).as("in Belgium the police ask the host, not the hotline").isEmpty();
        assertThat(be.cases.byId(CaseId.parse(id).get()).get().state()).isEqualTo(new CaseState.Closed(be.clock.instant(),
                CaseState.ClosureReason.CONTENT_REMOVED, Option.some("re-check: 404 Not Found")));
    }

    @Test
    void in_the_uk_the_police_authorise_and_lift_their_hold_before_the_hotline_sends_the_notice_and_sees_removal() {
        Hotline uk = new Hotline("GB");
        String id = uk.settledAtHome("GB", "http://hosting.example/uk", Channel.WEB_FORM);
        assertThat(uk.takedownOf(id).procedure().name()).isEqualTo("uk-home-hosted");

        uk.takedownDesk.record(ANALYST, id, "notify-police", "").get();
        uk.after(Duration.ofHours(1));
        uk.takedownDesk.record(LIAISON, id, "police-authorisation", "NCA ref 55").get();
        uk.takedownDesk.placeHold(LIAISON, id, "NCA-OP-9", "2026-12-07").get();
        assertThat(uk.takedownDesk.record(SUPERVISOR, id, "notice-to-host", "").getLeft().reason())
                .as("the notice waits for the hold").isEqualTo(TakedownRefusal.STEP_WAITING);
        assertThat(uk.takedownDesk.removalSeen(CaseId.parse(id).get(), "gone", uk.clock.instant()).getLeft().reason())
                .isEqualTo(TakedownRefusal.ON_POLICE_HOLD);
        assertThat(uk.notices.sent()).isEmpty();
        uk.after(Duration.ofDays(2));
        uk.takedownDesk.liftHold(LIAISON, id, "Suspect arrested").get();
        uk.takedownDesk.record(SUPERVISOR, id, "notice-to-host", "").get();
        uk.after(Duration.ofHours(20));
        uk.takedownDesk.removalSeen(CaseId.parse(id).get(), "re-check: gone", uk.clock.instant()).get();

        Takedown stored = uk.takedownOf(id);
        assertThat(stored.done()).extracting(StepDone::step).containsExactly("notify-police", "police-authorisation",
                "police-hold", "notice-to-host", "confirm-removal");
        assertThat(stored.done()).extracting(StepDone::actor)
                .containsExactly(Actor.HOTLINE, Actor.POLICE, Actor.POLICE, Actor.HOTLINE, Actor.HOTLINE);
        assertThat(stored.done().last().byTheProgram()).isTrue();
        assertThat(uk.notices.sent()).hasSize(1);
        assertThat(uk.notices.sent().single().at()).isEqualTo(stored.noticeSentAt().get());
        assertThat(stored.timeToRemoval()).contains(Duration.ofHours(69));
        assertThat(uk.audit.actions()).containsSubsequence("case.hosting_settled", "takedown.started",
                "takedown.step_recorded", "takedown.hold_placed", "takedown.hold_lifted", "takedown.step_recorded",
                "takedown.removed", "case.content_removed");
    }

    @Test
    void a_referral_received_from_abroad_and_confirmed_illegal_here_starts_the_same_procedure() {
        Hotline be = new Hotline("BE");
        String id = be.settledAtHome("BE", "http://hosting.example/referred", Channel.NETWORK_REFERRAL);

        assertThat(be.takedownOf(id).procedure().name()).isEqualTo("be-home-hosted");
        assertThat(be.takedownOf(id).next()).extracting(step -> step.id()).containsExactly("notify-federal-police");
    }
}
