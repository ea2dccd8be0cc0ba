package org.hotline.adapters.persistence;

import java.util.Objects;
import java.util.UUID;

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

/** Assessments in PostgreSQL: a row each, with its answers and statute references in rows of their own. */
public final class PostgresAssessments implements Assessments {

    private static final RowMapper<AssessmentRow> ASSESSMENTS = ConstructorMapper.of(AssessmentRow.class);
    private static final RowMapper<AnswerRow> ANSWERS = ConstructorMapper.of(AnswerRow.class);
    private static final RowMapper<ReferenceRow> REFERENCES = ConstructorMapper.of(ReferenceRow.class);
    private static final String COLUMNS = """
            id, case_id, kind, assessor, assessed_at, jurisdiction, assessed_on, verdict, rule, reason, baseline,
            severity_scale, severity_grade""";

    private final Storage storage;

    public PostgresAssessments(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(Assessment assessment) {
        storage.write(handle -> {
            handle.createUpdate("insert into assessment (" + COLUMNS + """
                    ) values (:id, :caseId, :kind, :assessor, :assessedAt, :jurisdiction, :assessedOn, :verdict, :rule,
                              :reason, :baseline, :severityScale, :severityGrade)""")
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
        return read("id = :key", id.value()).headOption();
    }

    @Override
    public Seq<Assessment> ofCase(CaseId caseId) {
        return read("case_id = :key", caseId.value());
    }

    private Seq<Assessment> read(String condition, UUID key) {
        return storage.read(handle -> {
            List<AssessmentRow> rows = List.ofAll(handle.createQuery("select " + COLUMNS + " from assessment where "
                            + condition + " order by assessed_at, recorded")
                    .bind("key", key)
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

    private static org.jdbi.v3.core.statement.Query parts(Handle handle, String select, UUID[] ids) {
        return handle.createQuery(select + " where assessment_id = any(:ids)").bind("ids", ids);
    }
}
