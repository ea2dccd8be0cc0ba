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
    private CaseId caseId;

    @BeforeEach
    void aCase() {
        Database database = TestDatabase.empty();
        assessments = new PostgresAssessments(database);
        caseId = PostgresWorkbench.id(new PostgresWorkbench(database, new InMemoryAuditTrail()).aCase("http://example.org/a"));
    }

    @Test
    void an_illegal_assessment_round_trips_with_its_answers_statutes_dates_severity_and_baseline() {
        var references = List.of(
                StatuteReference.inForceSince("Criminal Code art. 417/43, 1°", LocalDate.of(2022, 6, 1), "Verified."),
                StatuteReference.inForceSince("Old Act s.1 \"quoted\"", LocalDate.of(1990, 1, 1), "Replaced.")
                        .until(LocalDate.of(2022, 5, 31)).unverified("Could not check the gazette."));
        Assessment illegal = anAssessment(Assessment.Kind.FIRST, AT, new Classification(
                new Verdict.Illegal(references, Option.some(new Severity("Sentencing Council", "A")), "Abuse of a child under 13."),
                "real child under 13, explicit", true, DAY));

        assessments.add(illegal);

        Assessment stored = assessments.byId(illegal.id()).get();
        assertSameAssessment(stored, illegal);
        assertThat(((Verdict.Illegal) stored.verdict()).references()).containsExactlyElementsOf(references);
    }

    @Test
    void assessments_without_statutes_round_trip_and_a_cases_history_is_oldest_first() {
        Assessment first = anAssessment(Assessment.Kind.FIRST, AT,
                new Classification(new Verdict.NotIllegal("Nothing sexual is shown."), "nothing sexual", false, DAY));
        Assessment appeal = anAssessment(Assessment.Kind.APPEAL, AT.plusSeconds(3600),
                new Classification(new Verdict.NeedsLegalReview("No rule decides."), "no rule applies", false, DAY));
        Assessment graded = anAssessment(Assessment.Kind.APPEAL, AT.plusSeconds(7200), new Classification(
                new Verdict.Illegal(List.of(StatuteReference.inForceSince("Test Act s.1", DAY, "Test.")), Option.none(),
                        "Illegal, ungraded."), "ungraded", false, DAY));
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

    private Assessment anAssessment(Assessment.Kind kind, Instant at, Classification classification) {
        Facts facts = Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL, ContentClass.PENETRATIVE_SEXUAL_ACTIVITY)
                .with("indecent", "YES").with("pornographic", "NO");
        return Assessment.of(new AssessmentId(UUID.randomUUID()), caseId, kind, new StaffId(UUID.randomUUID()), at,
                new CountryCode("GB"), facts, classification);
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
    }
}
