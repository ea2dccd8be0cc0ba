package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.hotline.domain.CountryCode;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.Assessments;
import org.hotline.domain.assessment.ClaimDesk;
import org.hotline.domain.assessment.DecisionPorts;
import org.hotline.domain.assessment.Withdrawals;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAssessments;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryExposureLog;
import org.hotline.domain.testing.InMemoryLimitLifts;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.InMemoryTakedownNotices;
import org.hotline.domain.testing.TestStaff;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbench's assessment use cases under the Belgian and the UK law, each found the way the program finds its
 * home jurisdiction (ServiceLoader, through {@link Jurisdictions}): the form is the law's own questionnaire, the
 * verdict is the law's, and an appeal follows the law's rule on who may decide it.
 */
class AssessmentUnderHomeLawTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Acting ANALYST = TestStaff.analyst(1);
    private static final Acting SAME_PERSON_AS_SUPERVISOR = TestStaff.supervisor(1);
    private static final Acting OTHER_SUPERVISOR = TestStaff.supervisor(2);

    @ParameterizedTest
    @ValueSource(strings = {"BE", "GB"})
    void a_report_is_claimed_previewed_confirmed_and_appealed_under_the_home_law(String country) {
        NationalLaw law = Jurisdictions.discover(getClass().getClassLoader())
                .home(new CountryCode(country), JurisdictionSettings.none()).law();
        FixedClock clock = FixedClock.at("2026-06-01T08:00:00Z");
        InMemoryReports store = new InMemoryReports();
        Assessments assessments = new InMemoryAssessments(store);
        InMemoryAuditTrail audit = new InMemoryAuditTrail();
        Welfare welfare = new Welfare(new InMemoryExposureLog(), new InMemoryLimitLifts(),
                org.hotline.domain.testing.TestStaff.roster(), store, audit, UnitOfWork.none(),
                clock, WelfareSettings.defaults(BRUSSELS));
        ClaimDesk claims = new ClaimDesk(store, store, welfare, audit, UnitOfWork.none(), clock, ClaimSettings.defaults());
        AssessmentDesk desk = new AssessmentDesk(law, new DecisionPorts(store, assessments, welfare, audit, UnitOfWork.none(),
                clock, UUID::randomUUID, new Withdrawals(new InMemoryExchange(), new InMemoryTakedownNotices())), BRUSSELS);
        String caseId = new ReportIntake(store, clock, UUID::randomUUID).submit(new ReportSubmission(Channel.WEB_FORM,
                java.util.List.of("http://example.org/" + country), java.util.List.of("IMAGES"), null, null, null, null))
                .get().links().head().caseId().toString();
        Map<String, String> answers = answersOf(law);

        claims.claimNext(ANALYST).get();
        var preview = desk.preview(ANALYST, caseId, answers).get();
        var recorded = desk.confirm(ANALYST, caseId, answers).get();

        assertThat(desk.questionnaire()).isEqualTo(law.questionnaire());
        assertThat(preview.verdict()).isInstanceOf(Verdict.Illegal.class);
        assertThat(preview.baseline()).isTrue();
        assertThat(recorded.classification()).isEqualTo(preview);
        assertThat(recorded.caseState()).isInstanceOf(CaseState.AwaitingHostingTrace.class);
        assertThat(assessments.ofCase(recorded.caseId()).single().jurisdiction()).isEqualTo(law.jurisdiction());

        var bySamePerson = desk.appeal(SAME_PERSON_AS_SUPERVISOR, caseId, answers);
        if (law.appealNeedsUninvolvedReviewer()) {
            assertThat(country).isEqualTo("GB");
            assertThat(bySamePerson.getLeft().reason()).isEqualTo(org.hotline.domain.assessment.AssessmentRefusal.REVIEWER_INVOLVED);
            assertThat(desk.appeal(OTHER_SUPERVISOR, caseId, answers).isRight()).isTrue();
        } else {
            assertThat(country).isEqualTo("BE");
            assertThat(bySamePerson.isRight()).isTrue();
        }
        assertThat(assessments.ofCase(recorded.caseId())).hasSize(2);
        assertThat(audit.actions()).containsExactly("case.claimed", "case.assessed", "case.appealed");
    }

    /** A real child under 13, explicit: illegal everywhere. A national question is answered with its last answer. */
    private static Map<String, String> answersOf(NationalLaw law) {
        Map<String, String> answers = new HashMap<>(Map.of("media", "PHOTO_OR_VIDEO", "age", "UNDER_13", "realChild", "REAL",
                "content", "PENETRATIVE_SEXUAL_ACTIVITY"));
        for (Question question : law.questionnaire().nationalQuestions()) {
            answers.put(question.id(), question.answers().last().id());
        }
        return answers;
    }
}
