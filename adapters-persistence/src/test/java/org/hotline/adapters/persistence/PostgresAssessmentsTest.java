package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentId;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresAssessmentsTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:15:30.123456Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private PostgresAssessments assessments;
    private PostgresWorkbench workbench;
    private CaseId caseId;

    @BeforeEach
    void aCase() {
        Database database = TestDatabase.empty();
        assessments = new PostgresAssessments(database);
        workbench = new PostgresWorkbench(database, new InMemoryAuditTrail());
        caseId = PostgresWorkbench.id(workbench.aCase("http://example.org/a"));
    }

    @Test
    void an_illegal_assessment_round_trips_with_its_answers_statutes_dates_severity_and_baseline() {
        var references = List.of(
                StatuteReference.inForceSince("Criminal Code art. 417/43, 1°", LocalDate.of(2022, 6, 1), "Verified."),
                StatuteReference.inForceSince("Old Act s.1 \"quoted\"", LocalDate.of(1990, 1, 1), "Replaced.")
                        .until(LocalDate.of(2022, 5, 31)).unverified("Could not check the gazette."));
        Assessment illegal = anAssessment(Assessment.Kind.FIRST, AT, new Classification(
                new Verdict.Illegal(references, Option.some(new Severity("Sentencing Council", "A")), "Abuse of a child under 13."),
                "real child under 13, explicit", true, DAY, "GB 2 (s.46A from 2027-01-01)"));

        assessments.add(illegal);

        Assessment stored = assessments.byId(illegal.id()).get();
        assertSameAssessment(stored, illegal);
        assertThat(((Verdict.Illegal) stored.verdict()).references()).containsExactlyElementsOf(references);
    }

    @Test
    void assessments_without_statutes_round_trip_and_a_cases_history_is_oldest_first() {
        Assessment first = anAssessment(Assessment.Kind.FIRST, AT,
                new Classification(new Verdict.NotIllegal("Nothing sexual is shown."), "nothing sexual", false, DAY, "GB 2"));
        Assessment appeal = anAssessment(Assessment.Kind.APPEAL, AT.plusSeconds(3600),
                new Classification(new Verdict.NeedsLegalReview("No rule decides."), "no rule applies", false, DAY, "GB 2"));
        Assessment graded = anAssessment(Assessment.Kind.APPEAL, AT.plusSeconds(7200), new Classification(
                new Verdict.Illegal(List.of(StatuteReference.inForceSince("Test Act s.1", DAY, "Test.")), Option.none(),
                        "Illegal, ungraded."), "ungraded", false, DAY, "GB 2"));
        assessments.add(graded);
        assessments.add(first);
        assessments.add(appeal);

        var history = assessments.ofCase(caseId);

        assertThat(history.map(Assessment::id)).containsExactly(first.id(), appeal.id(), graded.id());
        assertSameAssessment(history.get(0), first);
        assertSameAssessment(history.get(1), appeal);
        assertSameAssessment(history.get(2), graded);
        assertThat(assessments.ofCase(new CaseId(UUID.randomUUID()))).isEmpty();
        assertThat(assessments.byId(new AssessmentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_legal_decision_keeps_its_kind_and_a_corrected_law_date_keeps_its_reason() {
        Assessment decided = anAssessment(Assessment.Kind.LEGAL_DECISION, AT, new Classification(
                new Verdict.NotIllegal("A cartoon."), "legal decision", false, LocalDate.of(2026, 2, 20), "GB 2"),
                Option.some("The partner's referral says it was seen on 20 February."));

        assessments.add(decided);

        Assessment stored = assessments.byId(decided.id()).get();
        assertSameAssessment(stored, decided);
        assertThat(stored.lawDateCorrection()).contains("The partner's referral says it was seen on 20 February.");
    }

    @Test
    void the_latest_decision_of_each_open_case_is_listed_and_closed_cases_are_not() {
        Assessment first = anAssessment(Assessment.Kind.FIRST, AT,
                new Classification(new Verdict.NeedsLegalReview("Unsettled."), "unsettled", false, DAY, "GB 1"));
        Assessment appeal = anAssessment(Assessment.Kind.APPEAL, AT.plusSeconds(60),
                new Classification(new Verdict.NeedsLegalReview("Still unsettled."), "unsettled", false, DAY, "GB 2"));
        assessments.add(appeal);
        assessments.add(first);
        CaseId closedCase = PostgresWorkbench.id(workbench.aCase("http://example.org/closed"));
        workbench.cases.change(new org.hotline.domain.report.Case.Reassessed(closedCase, new StaffId(UUID.randomUUID()),
                new org.hotline.domain.report.Finding(org.hotline.domain.report.Finding.Kind.NOT_ILLEGAL, "No."), AT,
                new org.hotline.domain.report.CaseState.AwaitingAssessment(),
                new org.hotline.domain.report.CaseState.Closed(AT, org.hotline.domain.report.CaseState.ClosureReason.NOT_ILLEGAL)));
        assessments.add(Assessment.restore(new AssessmentId(UUID.randomUUID()), closedCase, Assessment.Kind.FIRST,
                new StaffId(UUID.randomUUID()), AT, new CountryCode("GB"), first.answers(), first.classification(), Option.none()));

        assertThat(assessments.latestOfOpenCases().map(Assessment::id)).containsExactly(appeal.id());
    }

    private Assessment anAssessment(Assessment.Kind kind, Instant at, Classification classification) {
        return anAssessment(kind, at, classification, Option.none());
    }

    @Test
    void the_systems_classification_of_known_content_round_trips_without_an_assessor() {
        var lists = List.of(new StatuteReference("known-content list 'national'", LocalDate.of(2024, 1, 31), Option.none(),
                false, "A list of content classified illegal."));
        Assessment bySystem = Assessment.restore(new AssessmentId(UUID.randomUUID()), caseId, Assessment.Kind.KNOWN_CONTENT,
                Option.none(), AT, new CountryCode("BE"), io.vavr.collection.TreeMap.of("known item 1",
                        "http://example.org/a.png: list 'national' (BE), entry 7, sha256 exact, illegal"),
                new Classification(new Verdict.Illegal(lists, Option.none(), "All items are known."), "known content",
                        false, DAY, "BE 2"), Option.none());

        assessments.add(bySystem);

        Assessment stored = assessments.byId(bySystem.id()).get();
        assertSameAssessment(stored, bySystem);
        assertThat(stored.assessor()).isEmpty();
        assertThat(stored.answers()).isEqualTo(bySystem.answers());
    }

    private Assessment anAssessment(Assessment.Kind kind, Instant at, Classification classification,
            Option<String> correction) {
        Facts facts = Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL, ContentClass.PENETRATIVE_SEXUAL_ACTIVITY)
                .with("indecent", "YES").with("pornographic", "NO");
        return Assessment.of(new AssessmentId(UUID.randomUUID()), caseId, kind, new StaffId(UUID.randomUUID()), at,
                new CountryCode("GB"), facts, classification, correction);
    }

    private static void assertSameAssessment(Assessment stored, Assessment expected) {
        assertThat(stored.id()).isEqualTo(expected.id());
        assertThat(stored.caseId()).isEqualTo(expected.caseId());
        assertThat(stored.kind()).isEqualTo(expected.kind());
        assertThat(stored.assessor()).isEqualTo(expected.assessor());
        assertThat(stored.at()).isEqualTo(expected.at());
        assertThat(stored.jurisdiction()).isEqualTo(expected.jurisdiction());
        assertThat(stored.answers()).isEqualTo(expected.answers());
        assertThat(stored.classification()).isEqualTo(expected.classification());
        assertThat(stored.lawDateCorrection()).isEqualTo(expected.lawDateCorrection());
    }
}
