package org.hotline.domain.assessment;

import java.time.ZoneId;
import java.util.List;

import org.hotline.domain.CountryCode;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.report.CaseQueue;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAssessments;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryExposureLog;
import org.hotline.domain.testing.InMemoryLimitLifts;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.InMemoryStaff;
import org.hotline.domain.testing.TestStaff;
import org.hotline.domain.testing.InMemoryTakedownNotices;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;

/** The analyst workbench over in-memory ports, on a clock that stands still at 09:00 in Brussels on 2 March 2026. */
final class Workbench {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    final FixedClock clock = FixedClock.at("2026-03-02T08:00:00Z");
    final InMemoryReports store = new InMemoryReports();
    final InMemoryAssessments assessments = new InMemoryAssessments(store);
    final InMemoryExchange exchange = new InMemoryExchange(new CountryCode("NL"));
    final InMemoryTakedownNotices notices = new InMemoryTakedownNotices();
    final InMemoryExposureLog exposure = new InMemoryExposureLog();
    final InMemoryLimitLifts lifts = new InMemoryLimitLifts();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryStaff staff = TestStaff.roster();
    final SequentialIdentities identities = new SequentialIdentities();
    final NationalLaw law;
    final SubmitReport intake;
    final Welfare welfare;
    final ClaimDesk claims;
    final AssessmentDesk desk;
    final LegalReviewDesk legalReview;
    final LawChanges lawChanges;
    final CaseFiles files;
    final CaseQueue queue;

    Workbench() {
        this(TestLaw.withUninvolvedReviewer(false), WelfareSettings.defaults(BRUSSELS));
    }

    Workbench(NationalLaw law) {
        this(law, WelfareSettings.defaults(BRUSSELS));
    }

    Workbench(NationalLaw law, WelfareSettings welfareSettings) {
        this.law = law;
        intake = new ReportIntake(store, clock, identities);
        welfare = new Welfare(exposure, lifts, staff, store, audit, UnitOfWork.none(), clock, welfareSettings);
        claims = new ClaimDesk(store, store, welfare, audit, UnitOfWork.none(), clock, ClaimSettings.defaults());
        var ports = new DecisionPorts(store, assessments, welfare, audit, UnitOfWork.none(), clock, identities,
                new Withdrawals(exchange, notices));
        desk = new AssessmentDesk(law, ports, BRUSSELS);
        legalReview = new LegalReviewDesk(law, ports, BRUSSELS);
        lawChanges = new LawChanges(law, store, assessments);
        files = new CaseFiles(store, store, assessments, audit, UnitOfWork.none(), clock);
        queue = new CaseQueue(store, clock);
    }

    /** Files a report of one address, seen as images, and gives the identifier of its case as a page would. */
    String aCase(String url) {
        return aCase(url, Channel.WEB_FORM, "IMAGES");
    }

    String aCase(String url, Channel channel, String seen) {
        return intake.submit(new ReportSubmission(channel, List.of(url), List.of(seen), "Seen in a forum.", null, null, null))
                .get().links().head().caseId().toString();
    }

    /** A case claimed by the analyst, ready to be assessed. */
    String aClaimedCase(String url, Acting analyst) {
        String id = aCase(url);
        claims.claim(analyst, id).get();
        return id;
    }

    CaseState stateOf(String caseId) {
        return store.byId(org.hotline.domain.report.CaseId.parse(caseId).get()).get().state();
    }
}
