package org.hotline.domain.assessment;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.control.Option;
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
 * said of them (verdict, rule, statute references with their dates, severity, baseline flag, the day whose law
 * applied and the rule book's version). The first assessment is an analyst's; an appeal is a supervisor's
 * re-assessment; a legal decision is a legal adviser's, on the answers of the decision before it. Assessments never
 * change: a case's history keeps every decision, oldest first.
 */
@AggregateRoot
public final class Assessment {

    /**
     * Whether a decision was the case's first one, a re-assessment on appeal, a legal adviser's, or the system's: a
     * first decision taken without an analyst because every item of the case was known as illegal (its answers are
     * the match evidence, one per item).
     */
    public enum Kind {
        FIRST,
        APPEAL,
        LEGAL_DECISION,
        KNOWN_CONTENT
    }

    /**
     * A decision was recorded, and the case moved to {@code caseState}; where it reversed the case to not illegal,
     * what was pending was withdrawn (the referral's, then the notice's withdrawal).
     */
    public record Recorded(AssessmentId assessment, CaseId caseId, Kind kind, Option<StaffId> assessor, Classification classification,
            CaseState caseState, Instant at, io.vavr.collection.List<org.hotline.domain.Withdrawal> withdrawals)
            implements DomainEvent {
    }

    @Identity
    private final AssessmentId id;
    private final CaseId caseId;
    private final Kind kind;
    private final Option<StaffId> assessor;
    private final Instant at;
    private final CountryCode jurisdiction;
    private final Map<String, String> answers;
    private final Classification classification;
    private final Option<String> lawDateCorrection;

    private Assessment(AssessmentId id, CaseId caseId, Kind kind, Option<StaffId> assessor, Instant at, CountryCode jurisdiction,
            Map<String, String> answers, Classification classification, Option<String> lawDateCorrection) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        if (assessor.isEmpty() != (kind == Kind.KNOWN_CONTENT)) {
            throw new IllegalArgumentException("a decision is a member of staff's, but for the system's classification of known content");
        }
        this.at = Objects.requireNonNull(at, "at");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.lawDateCorrection = Objects.requireNonNull(lawDateCorrection, "lawDateCorrection");
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("an assessment records the answers it rests on");
        }
    }

    /**
     * A decision just made, on the facts as recorded and the law's classification of them.
     *
     * @param lawDateCorrection why the day whose law applied is not the day the material was first reported, where
     *        someone corrected it
     */
    public static Assessment of(AssessmentId id, CaseId caseId, Kind kind, StaffId assessor, Instant at,
            CountryCode jurisdiction, Facts facts, Classification classification, Option<String> lawDateCorrection) {
        return new Assessment(id, caseId, kind, Option.some(assessor), at, jurisdiction, facts.asAnswers(), classification,
                lawDateCorrection);
    }

    /** An assessment by a member of staff with the answers as recorded: a decision just made on them, or one stored earlier. */
    public static Assessment restore(AssessmentId id, CaseId caseId, Kind kind, StaffId assessor, Instant at,
            CountryCode jurisdiction, Map<String, String> answers, Classification classification,
            Option<String> lawDateCorrection) {
        return restore(id, caseId, kind, Option.some(assessor), at, jurisdiction, answers, classification, lawDateCorrection);
    }

    /** An assessment with the answers as recorded: a decision just made on them, or one stored earlier. */
    public static Assessment restore(AssessmentId id, CaseId caseId, Kind kind, Option<StaffId> assessor, Instant at,
            CountryCode jurisdiction, Map<String, String> answers, Classification classification,
            Option<String> lawDateCorrection) {
        return new Assessment(id, caseId, kind, assessor, at, jurisdiction, answers, classification, lawDateCorrection);
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

    /**
     * The analyst of a first assessment, the supervisor of an appeal, the legal adviser of a legal decision; none for
     * the system's classification of known content.
     */
    public Option<StaffId> assessor() {
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

    /** Why the day whose law applied was corrected, where it was; none where it is the day of the first report. */
    public Option<String> lawDateCorrection() {
        return lawDateCorrection;
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
