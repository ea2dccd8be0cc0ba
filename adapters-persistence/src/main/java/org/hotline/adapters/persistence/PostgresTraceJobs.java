package org.hotline.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.hotline.domain.hosting.casework.TraceJob;
import org.hotline.domain.hosting.casework.TraceJobId;
import org.hotline.domain.hosting.casework.TraceJobs;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;

/**
 * Trace jobs in PostgreSQL ({@code trace_job}), shared out among the instances through a {@link JobTable}: leased with
 * {@code FOR UPDATE SKIP LOCKED}, removed once their trace is kept. A new job is due at the database's time, whatever
 * the program's clock says, since leasing compares with the database's time.
 */
public final class PostgresTraceJobs implements TraceJobs {

    private static final String COLUMNS = "id, case_id, requested_at, requested_by, attempts, last_failure";

    /** A row of {@code trace_job}. */
    public record JobRow(UUID id, UUID caseId, Instant requestedAt, UUID requestedBy, int attempts, String lastFailure) {
    }

    private final Storage storage;
    private final JobTable table;

    public PostgresTraceJobs(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.table = new JobTable(database, "trace_job");
    }

    @Override
    public boolean request(TraceJob job) {
        return storage.write(handle -> handle.createUpdate("""
                insert into trace_job (id, case_id, requested_at, requested_by, run_after)
                values (:id, :caseId, :requestedAt, :requestedBy, now())
                on conflict (case_id) do nothing""")
                .bind("id", job.id().value())
                .bind("caseId", job.caseId().value())
                .bind("requestedAt", job.requestedAt())
                .bind("requestedBy", job.requestedBy().map(StaffId::value).getOrNull())
                .execute() == 1);
    }

    @Override
    public Seq<CaseId> untraced(int limit) {
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                select c.id from case_file c
                where c.state = 'AWAITING_HOSTING_TRACE'
                  and not exists (select 1 from trace_job j where j.case_id = c.id)
                  and not exists (select 1 from hosting_trace t where t.case_id = c.id and t.started_at >= c.state_since)
                order by c.state_since, c.id
                limit :limit""")
                .bind("limit", limit)
                .mapTo(UUID.class)
                .list()).map(CaseId::new));
    }

    @Override
    public Seq<TraceJob> lease(int limit, Duration lease) {
        java.util.List<UUID> leased = table.lease(limit, lease);
        if (leased.isEmpty()) {
            return List.empty();
        }
        return storage.read(handle -> List.ofAll(handle.createQuery("select " + COLUMNS
                        + " from trace_job where id = any(:ids) order by run_after, id")
                .bind("ids", leased.toArray(new UUID[0]))
                .map(ConstructorMapper.of(JobRow.class))
                .list()).map(PostgresTraceJobs::toJob));
    }

    @Override
    public boolean finish(TraceJob job) {
        return table.finish(job.id().value());
    }

    @Override
    public boolean retryLater(TraceJob job, Duration after, String why) {
        return storage.inOneTransaction(() -> {
            if (!table.retryLater(job.id().value(), after)) {
                return false;
            }
            storage.write(handle -> handle.createUpdate("update trace_job set last_failure = :why where id = :id")
                    .bind("why", why).bind("id", job.id().value()).execute());
            return true;
        });
    }

    @Override
    public Option<TraceJob> waitingOf(CaseId caseId) {
        return Option.ofOptional(storage.read(handle -> handle.createQuery("select " + COLUMNS
                        + " from trace_job where case_id = :caseId")
                .bind("caseId", caseId.value())
                .map(ConstructorMapper.of(JobRow.class))
                .findOne())).map(PostgresTraceJobs::toJob);
    }

    private static TraceJob toJob(JobRow row) {
        return new TraceJob(new TraceJobId(row.id()), new CaseId(row.caseId()), row.requestedAt(),
                Option.of(row.requestedBy()).map(StaffId::new), row.attempts(), Option.of(row.lastFailure()));
    }
}
