package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.PoliceRequest;
import org.hotline.domain.takedown.PoliceRequests;

/** The police's requests to the hotline in PostgreSQL ({@code police_request}); an answer is written once. */
public final class PostgresPoliceRequests implements PoliceRequests {

    private static final String SELECT = "select id, case_id, asked_by, asked_at, request, needed_by, answered_by,"
            + " answered_at, answer from police_request";

    private final Storage storage;

    public PostgresPoliceRequests(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(PoliceRequest request) {
        storage.write(handle -> handle.createUpdate("""
                insert into police_request (id, case_id, asked_by, asked_at, request, needed_by)
                values (:id, :case, :by, :at, :request, :neededBy)""")
                .bind("id", request.id()).bind("case", request.caseId().value()).bind("by", request.askedBy().value())
                .bind("at", request.askedAt()).bind("request", request.text())
                .bind("neededBy", request.neededBy().getOrNull()).execute());
    }

    @Override
    public Option<PoliceRequest> find(UUID id) {
        return storage.read(handle -> Option.ofOptional(handle.createQuery(SELECT + " where id = :id").bind("id", id)
                .map((rs, ctx) -> request(rs)).findFirst()));
    }

    @Override
    public boolean answer(PoliceRequest answered) {
        PoliceRequest.Answer answer = answered.answer().getOrElseThrow(() -> new IllegalArgumentException(
                "the request " + answered.id() + " carries no answer"));
        return storage.write(handle -> handle.createUpdate("""
                update police_request set answered_by = :by, answered_at = :at, answer = :answer
                where id = :id and answer is null""")
                .bind("by", answer.by().value()).bind("at", answer.at()).bind("answer", answer.text())
                .bind("id", answered.id()).execute()) == 1;
    }

    @Override
    public Seq<PoliceRequest> ofCase(CaseId caseId) {
        return storage.read(handle -> List.ofAll(handle.createQuery(SELECT + " where case_id = :case order by asked_at desc, id")
                .bind("case", caseId.value()).map((rs, ctx) -> request(rs)).list()));
    }

    @Override
    public Seq<PoliceRequest> openAndRecent(int answered) {
        return storage.read(handle -> List.ofAll(handle.createQuery(SELECT
                        + " where answer is null order by needed_by nulls last, asked_at, id")
                .map((rs, ctx) -> request(rs)).list())
                .appendAll(handle.createQuery(SELECT + " where answer is not null order by answered_at desc, id limit :n")
                        .bind("n", answered).map((rs, ctx) -> request(rs)).list()));
    }

    private static PoliceRequest request(ResultSet rs) throws SQLException {
        Option<PoliceRequest.Answer> answer = Option.of(rs.getString("answer")).map(text -> answerOf(rs, text));
        return new PoliceRequest(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new StaffId(rs.getObject("asked_by", UUID.class)), rs.getTimestamp("asked_at").toInstant(),
                rs.getString("request"), Option.of(rs.getObject("needed_by", LocalDate.class)), answer);
    }

    private static PoliceRequest.Answer answerOf(ResultSet rs, String text) {
        try {
            return new PoliceRequest.Answer(new StaffId(rs.getObject("answered_by", UUID.class)),
                    rs.getTimestamp("answered_at").toInstant(), text);
        } catch (SQLException e) {
            throw new IllegalStateException("a police request's answer cannot be read: " + e.getMessage(), e);
        }
    }
}
