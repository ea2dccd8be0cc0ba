package org.hotline.adapters.persistence;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.CaseFiles;
import org.hotline.domain.assessment.ClaimDesk;
import org.hotline.domain.assessment.DecisionPorts;
import org.hotline.domain.assessment.Withdrawals;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryTakedownNotices;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;

/** The analyst workbench over the real database, each use case in a PostgreSQL transaction, under the test law. */
final class PostgresWorkbench {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    final PostgresReports reports;
    final PostgresCases cases;
    final PostgresAssessments assessments;
    final PostgresExposureLog exposure;
    final PostgresLimitLifts lifts;
    final ReportIntake intake;
    final Welfare welfare;
    final ClaimDesk claims;
    final AssessmentDesk desk;
    final CaseFiles files;

    PostgresWorkbench(Database database, AuditTrail audit) {
        reports = new PostgresReports(database);
        cases = new PostgresCases(database);
        assessments = new PostgresAssessments(database);
        exposure = new PostgresExposureLog(database);
        lifts = new PostgresLimitLifts(database);
        var unit = new PostgresUnitOfWork(database);
        intake = new ReportIntake(reports, clock, UUID::randomUUID);
        welfare = new Welfare(exposure, lifts, org.hotline.domain.testing.TestStaff.roster(), cases, audit, unit, clock, WelfareSettings.defaults(BRUSSELS));
        claims = new ClaimDesk(cases, cases, welfare, audit, unit, clock, ClaimSettings.defaults());
        desk = new AssessmentDesk(TestLaw.withUninvolvedReviewer(true), new DecisionPorts(cases, assessments, welfare, audit,
                unit, clock, UUID::randomUUID, new Withdrawals(new InMemoryExchange(), new InMemoryTakedownNotices())),
                BRUSSELS);
        files = new CaseFiles(cases, reports, assessments, audit, unit, clock);
    }

    String aCase(String url, Channel channel, String... seen) {
        return intake.submit(new ReportSubmission(channel, List.of(url), List.of(seen), "Seen in a forum.", null, null, null))
                .get().links().head().caseId().toString();
    }

    String aCase(String url) {
        return aCase(url, Channel.WEB_FORM, "IMAGES");
    }

    static CaseId id(String caseId) {
        return CaseId.parse(caseId).get();
    }
}
