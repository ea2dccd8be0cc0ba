package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.capture.job.CaptureJob;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.CaptureJobs;
import org.hotline.domain.capture.job.JobFailure;
import org.hotline.domain.capture.job.LeasedJob;
import org.hotline.domain.capture.job.UncapturedCase;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.StaffId;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Capture jobs in PostgreSQL, shared out among the workers of every instance on the database. A lease is one
 * statement that takes the due rows no other transaction is taking at that moment ({@code FOR UPDATE SKIP LOCKED}),
 * so workers never wait for each other and never get the same job; every later change of a job is conditional on the
 * worker still holding that attempt.
 */
public final class PostgresCaptureJobs implements CaptureJobs {

    private static final String COLUMNS = """
            id, case_id, address, state, requested_at, requested_by, attempts, next_attempt_at, lease_until, finished_at,
            failure_code, failure_detail""";

    private final Storage storage;

    public PostgresCaptureJobs(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public boolean request(CaptureJob job) {
        if (job.state() != CaptureJob.State.PENDING || job.attempts() != 0) {
            throw new IllegalArgumentException("a job is requested pending and untried");
        }
        return storage.write(handle -> handle.createUpdate("""
                insert into capture_job (id, case_id, address, state, requested_at, requested_by, next_attempt_at)
                values (:id, :caseId, :address, 'PENDING', :requestedAt, :requestedBy, :nextAttemptAt)
                on conflict (case_id) where state in ('PENDING', 'RUNNING') do nothing""")
                .bind("id", job.id().value())
                .bind("caseId", job.caseId().value())
                .bind("address", job.address().canonical())
                .bind("requestedAt", job.requestedAt())
                .bind("requestedBy", job.requestedBy().map(StaffId::value).getOrNull())
                .bind("nextAttemptAt", job.nextAttemptAt())
                .execute()) == 1;
    }

    @Override
    public Seq<LeasedJob> lease(String worker, int limit, Instant now, Instant leaseUntil) {
        if (limit < 1) {
            return List.empty();
        }
        return storage.write(handle -> List.ofAll(handle.createQuery("""
                update capture_job j
                   set state = 'RUNNING', leased_by = :worker, lease_until = :leaseUntil, attempts = j.attempts + 1
                  from (select id from capture_job
                         where state in ('PENDING', 'RUNNING')
                           and (state = 'PENDING' and next_attempt_at <= :now or state = 'RUNNING' and lease_until <= :now)
                         order by next_attempt_at, id
                         limit :limit
                           for update skip locked) due
                 where j.id = due.id
                returning j.id, j.case_id, j.address, j.attempts, j.next_attempt_at""")
                .bind("worker", worker)
                .bind("leaseUntil", leaseUntil)
                .bind("now", now)
                .bind("limit", limit)
                .map((rs, ctx) -> new Leased(new LeasedJob(new CaptureJobId(rs.getObject("id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)), address(rs.getString("address")),
                        rs.getInt("attempts"), leaseUntil), instant(rs, "next_attempt_at")))
                .list())
                // UPDATE ... RETURNING gives rows in no set order; the longest due first, as leased.
                .sorted(java.util.Comparator.comparing(Leased::due).thenComparing(leased -> leased.job().id().toString()))
                .map(Leased::job));
    }

    /** A leased job with when it was due, for ordering. */
    private record Leased(LeasedJob job, Instant due) {
    }

    @Override
    public boolean finish(LeasedJob job, String worker, CaptureJob.State outcome, Instant at, Option<JobFailure> why) {
        if (outcome.waiting()) {
            throw new IllegalArgumentException("a job ends done or failed, not " + outcome);
        }
        return storage.write(handle -> handle.createUpdate("""
                update capture_job
                   set state = :state, finished_at = :at, leased_by = null, lease_until = null,
                       failure_code = :code, failure_detail = :detail
                 where id = :id and state = 'RUNNING' and leased_by = :worker and attempts = :attempt""")
                .bind("state", outcome.name())
                .bind("at", at)
                .bind("code", why.map(JobFailure::code).getOrNull())
                .bind("detail", why.map(JobFailure::detail).getOrNull())
                .bind("id", job.id().value())
                .bind("worker", worker)
                .bind("attempt", job.attempt())
                .execute()) == 1;
    }

    @Override
    public boolean retryLater(LeasedJob job, String worker, Instant nextAttemptAt, JobFailure why) {
        return storage.write(handle -> handle.createUpdate("""
                update capture_job
                   set state = 'PENDING', next_attempt_at = :next, leased_by = null, lease_until = null,
                       failure_code = :code, failure_detail = :detail
                 where id = :id and state = 'RUNNING' and leased_by = :worker and attempts = :attempt""")
                .bind("next", nextAttemptAt)
                .bind("code", why.code())
                .bind("detail", why.detail())
                .bind("id", job.id().value())
                .bind("worker", worker)
                .bind("attempt", job.attempt())
                .execute()) == 1;
    }

    /** Open cases with no job at all, the longest open first (the open cases' index, each checked in the jobs' index). */
    @Override
    public Seq<UncapturedCase> uncaptured(int limit) {
        if (limit < 1) {
            return List.empty();
        }
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                select c.id, c.canonical_url from case_file c
                 where c.state <> 'CLOSED'
                   and not exists (select 1 from capture_job j where j.case_id = c.id)
                 order by c.opened_at, c.id
                 limit :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new UncapturedCase(new CaseId(rs.getObject("id", UUID.class)),
                        address(rs.getString("canonical_url"))))
                .list()));
    }

    @Override
    public Option<CaptureJob> latestOf(CaseId caseId) {
        return storage.read(handle -> Option.ofOptional(handle.createQuery(
                "select " + COLUMNS + " from capture_job where case_id = :caseId order by recorded desc limit 1")
                .bind("caseId", caseId.value())
                .map(PostgresCaptureJobs::job)
                .findFirst()));
    }

    @Override
    public Map<CaseId, CaptureJob> latestOf(Seq<CaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return HashMap.empty();
        }
        return storage.read(handle -> HashMap.ofEntries(handle.createQuery("select distinct on (case_id) " + COLUMNS
                + " from capture_job where case_id = any(:caseIds) order by case_id, recorded desc")
                .bind("caseIds", caseIds.map(CaseId::value).toJavaArray(UUID[]::new))
                .map(PostgresCaptureJobs::job)
                .list().stream().map(job -> io.vavr.Tuple.of(job.caseId(), job)).toList()));
    }

    private static CaptureJob job(ResultSet rs, StatementContext ctx) throws SQLException {
        String code = rs.getString("failure_code");
        return new CaptureJob(new CaptureJobId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
                address(rs.getString("address")), CaptureJob.State.valueOf(rs.getString("state")),
                instant(rs, "requested_at"), Option.of(rs.getObject("requested_by", UUID.class)).map(StaffId::new),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), Option.of(instantOrNull(rs, "lease_until")),
                Option.of(instantOrNull(rs, "finished_at")),
                Option.of(code).map(c -> new JobFailure(c, uncheckedString(rs, "failure_detail"))));
    }

    /** A canonical address as stored: it is its own canonical form. */
    static ReportedUrl address(String canonical) {
        return new ReportedUrl(canonical, canonical);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(instantOrNull(rs, column), column);
    }

    static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String uncheckedString(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
