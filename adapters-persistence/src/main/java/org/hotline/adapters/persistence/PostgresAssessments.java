package org.hotline.adapters.persistence;

import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.AssessmentRows.AnswerRow;
import org.hotline.adapters.persistence.AssessmentRows.AssessmentRow;
import org.hotline.adapters.persistence.AssessmentRows.ReferenceRow;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentId;
import org.hotline.domain.assessment.Assessments;
import org.hotline.domain.report.CaseId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** Assessments in PostgreSQL: a row each, with its answers and statute references in rows of their own. */
public final class PostgresAssessments implements Assessments {

    private static final RowMapper<AssessmentRow> ASSESSMENTS = ConstructorMapper.of(AssessmentRow.class);
    private static final RowMapper<AnswerRow> ANSWERS = ConstructorMapper.of(AnswerRow.class);
    private static final RowMapper<ReferenceRow> REFERENCES = ConstructorMapper.of(ReferenceRow.class);
    private static final String COLUMNS = """
            id, case_id, kind, assessor, assessed_at, jurisdiction, law_date, law_date_correction, rule_book, verdict, rule,
            reason, baseline, severity_scale, severity_grade""";

    private final Storage storage;

    public PostgresAssessments(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(Assessment assessment) {
        storage.write(handle -> {
            handle.createUpdate("insert into assessment (" + COLUMNS + """
                    ) values (:id, :caseId, :kind, :assessor, :assessedAt, :jurisdiction, :lawDate, :lawDateCorrection,
                              :ruleBook, :verdict, :rule, :reason, :baseline, :severityScale, :severityGrade)""")
                    .bindMethods(AssessmentRows.toRow(assessment))
                    .execute();
            var answers = handle.prepareBatch(
                    "insert into assessment_answer (assessment_id, question, answer) values (:assessmentId, :question, :answer)");
            AssessmentRows.answerRows(assessment).forEach(row -> answers.bindMethods(row).add());
            answers.execute();
            Seq<ReferenceRow> references = AssessmentRows.referenceRows(assessment);
            if (!references.isEmpty()) {
                var batch = handle.prepareBatch("""
                        insert into assessment_reference (assessment_id, position, citation, effective_from, effective_until,
                                                          verified, note)
                        values (:assessmentId, :position, :citation, :effectiveFrom, :effectiveUntil, :verified, :note)""");
                references.forEach(row -> batch.bindMethods(row).add());
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public Option<Assessment> byId(AssessmentId id) {
        return read("select " + COLUMNS + " from assessment where id = :key", query -> query.bind("key", id.value()))
                .headOption();
    }

    @Override
    public Seq<Assessment> ofCase(CaseId caseId) {
        return read("select " + COLUMNS + " from assessment where case_id = :key order by assessed_at, recorded",
                query -> query.bind("key", caseId.value()));
    }

    /** One row per open case, its latest decision: read from the case index, newest first within each case. */
    @Override
    public Seq<Assessment> latestOfOpenCases() {
        return read("""
                select distinct on (a.case_id) a.id, a.case_id, a.kind, a.assessor, a.assessed_at, a.jurisdiction, a.law_date,
                       a.law_date_correction, a.rule_book, a.verdict, a.rule, a.reason, a.baseline, a.severity_scale,
                       a.severity_grade
                from assessment a join case_file c on c.id = a.case_id
                where c.state <> 'CLOSED'
                order by a.case_id, a.assessed_at desc, a.recorded desc""", query -> query);
    }

    private Seq<Assessment> read(String select, UnaryOperator<Query> binding) {
        return storage.read(handle -> {
            List<AssessmentRow> rows = List.ofAll(binding.apply(handle.createQuery(select))
                    .map(ASSESSMENTS)
                    .list());
            if (rows.isEmpty()) {
                return List.<Assessment>empty();
            }
            UUID[] ids = rows.map(AssessmentRow::id).toJavaArray(UUID[]::new);
            var answers = List.ofAll(parts(handle, "select assessment_id, question, answer from assessment_answer", ids)
                    .map(ANSWERS).list()).groupBy(AnswerRow::assessmentId);
            var references = List.ofAll(parts(handle, """
                    select assessment_id, position, citation, effective_from, effective_until, verified, note
                    from assessment_reference""", ids).map(REFERENCES).list()).groupBy(ReferenceRow::assessmentId);
            return rows.map(row -> AssessmentRows.toAssessment(row, answers.get(row.id()).getOrElse(List.empty()),
                    references.get(row.id()).getOrElse(List.empty())));
        });
    }

    private static Query parts(Handle handle, String select, UUID[] ids) {
        return handle.createQuery(select + " where assessment_id = any(:ids)").bind("ids", ids);
    }
}
