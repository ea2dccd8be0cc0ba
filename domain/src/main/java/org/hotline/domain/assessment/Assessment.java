package org.hotline.domain.assessment;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Map;
import org.hotline.domain.CountryCode;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.staff.StaffId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jmolecules.event.types.DomainEvent;

/**
 * One decision on a case: who made it and when, the answers they recorded, and what the home jurisdiction's law
 * said of them (verdict, rule, statute references with their dates, severity, baseline flag). The first assessment is
 * an analyst's; an appeal is a supervisor's re-assessment. Assessments never change: a case's history keeps every
 * decision, oldest first.
 */
@AggregateRoot
public final class Assessment {

    /** Whether a decision was the case's first one, or a re-assessment on appeal. */
    public enum Kind {
        FIRST,
        APPEAL
    }

    /** A decision was recorded, and the case moved to {@code caseState}. */
    public record Recorded(AssessmentId assessment, CaseId caseId, Kind kind, StaffId assessor, Classification classification,
            CaseState caseState, Instant at) implements DomainEvent {
    }

    @Identity
    private final AssessmentId id;
    private final CaseId caseId;
    private final Kind kind;
    private final StaffId assessor;
    private final Instant at;
    private final CountryCode jurisdiction;
    private final Map<String, String> answers;
    private final Classification classification;

    private Assessment(AssessmentId id, CaseId caseId, Kind kind, StaffId assessor, Instant at, CountryCode jurisdiction,
            Map<String, String> answers, Classification classification) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.at = Objects.requireNonNull(at, "at");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.classification = Objects.requireNonNull(classification, "classification");
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("an assessment records the answers it rests on");
        }
    }

    /** A decision just made, on the facts as recorded and the law's classification of them. */
    public static Assessment of(AssessmentId id, CaseId caseId, Kind kind, StaffId assessor, Instant at,
            CountryCode jurisdiction, Facts facts, Classification classification) {
        return new Assessment(id, caseId, kind, assessor, at, jurisdiction, facts.asAnswers(), classification);
    }

    /** Rebuilds an assessment that was stored earlier. */
    public static Assessment restore(AssessmentId id, CaseId caseId, Kind kind, StaffId assessor, Instant at,
            CountryCode jurisdiction, Map<String, String> answers, Classification classification) {
        return new Assessment(id, caseId, kind, assessor, at, jurisdiction, answers, classification);
    }

    public AssessmentId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public Kind kind() {
        return kind;
    }

    /** The analyst of a first assessment, the supervisor of an appeal. */
    public StaffId assessor() {
        return assessor;
    }

    public Instant at() {
        return at;
    }

    /** The jurisdiction whose law classified the facts. */
    public CountryCode jurisdiction() {
        return jurisdiction;
    }

    /** Every answer by question identifier, the core questions' included, as recorded. */
    public Map<String, String> answers() {
        return answers;
    }

    public Classification classification() {
        return classification;
    }

    public Verdict verdict() {
        return classification.verdict();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assessment that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Assessment[" + id + ", " + kind + " of case " + caseId + ", " + verdict().kind() + "]";
    }
}
