package org.hotline.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentId;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;

/**
 * The rows of assessments, as stored, and their explicit mapping to the domain. The records are public only because
 * Jdbi binds and maps them by reflection; nothing outside this adapter uses them.
 */
public final class AssessmentRows {

    private AssessmentRows() {
    }

    public record AssessmentRow(UUID id, UUID caseId, String kind, UUID assessor, Instant assessedAt, String jurisdiction,
            LocalDate lawDate, String lawDateCorrection, String ruleBook, String verdict, String rule, String reason,
            boolean baseline, String severityScale, String severityGrade) {
    }

    public record AnswerRow(UUID assessmentId, String question, String answer) {
    }

    public record ReferenceRow(UUID assessmentId, int position, String citation, LocalDate effectiveFrom,
            LocalDate effectiveUntil, boolean verified, String note) {
    }

    static AssessmentRow toRow(Assessment assessment) {
        Classification classification = assessment.classification();
        Verdict verdict = classification.verdict();
        Option<Severity> severity = verdict instanceof Verdict.Illegal illegal ? illegal.severity() : Option.none();
        return new AssessmentRow(assessment.id().value(), assessment.caseId().value(), assessment.kind().name(),
                assessment.assessor().map(StaffId::value).getOrNull(), assessment.at(), assessment.jurisdiction().value(),
                classification.lawDate(), assessment.lawDateCorrection().getOrNull(), classification.ruleBook(),
                verdict.kind(), classification.rule(), verdict.reason(),
                classification.baseline(), severity.map(Severity::scale).getOrNull(),
                severity.map(Severity::grade).getOrNull());
    }

    static Seq<AnswerRow> answerRows(Assessment assessment) {
        return assessment.answers().toList().map(answer -> new AnswerRow(assessment.id().value(), answer._1, answer._2));
    }

    static Seq<ReferenceRow> referenceRows(Assessment assessment) {
        if (!(assessment.verdict() instanceof Verdict.Illegal illegal)) {
            return List.empty();
        }
        return illegal.references().zipWithIndex().map(reference -> new ReferenceRow(assessment.id().value(),
                reference._2, reference._1.citation(), reference._1.effectiveFrom(),
                reference._1.effectiveUntil().getOrNull(), reference._1.verified(), reference._1.note()));
    }

    static Assessment toAssessment(AssessmentRow row, Seq<AnswerRow> answers, Seq<ReferenceRow> references) {
        return Assessment.restore(new AssessmentId(row.id()), new CaseId(row.caseId()), Assessment.Kind.valueOf(row.kind()),
                Option.of(row.assessor()).map(StaffId::new), row.assessedAt(), new CountryCode(row.jurisdiction()),
                TreeMap.ofEntries(answers.map(answer -> io.vavr.Tuple.of(answer.question(), answer.answer()))),
                new Classification(toVerdict(row, references), row.rule(), row.baseline(), row.lawDate(), row.ruleBook()),
                Option.of(row.lawDateCorrection()));
    }

    private static Verdict toVerdict(AssessmentRow row, Seq<ReferenceRow> references) {
        return switch (row.verdict()) {
            case "ILLEGAL" -> new Verdict.Illegal(
                    references.sortBy(ReferenceRow::position).map(AssessmentRows::toReference).toList(),
                    Option.of(row.severityScale()).map(scale -> new Severity(scale, row.severityGrade())),
                    row.reason());
            case "NOT_ILLEGAL" -> new Verdict.NotIllegal(row.reason());
            case "NEEDS_LEGAL_REVIEW" -> new Verdict.NeedsLegalReview(row.reason());
            default -> throw new IllegalStateException("unknown verdict in the database: " + row.verdict());
        };
    }

    private static StatuteReference toReference(ReferenceRow row) {
        return new StatuteReference(row.citation(), row.effectiveFrom(), Option.of(row.effectiveUntil()), row.verified(),
                row.note());
    }
}
