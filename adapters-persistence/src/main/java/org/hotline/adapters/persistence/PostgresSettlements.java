package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.HostingDecision;
import org.hotline.domain.hosting.casework.CountryStanding;
import org.hotline.domain.hosting.casework.Settlement;
import org.hotline.domain.hosting.casework.SettlementId;
import org.hotline.domain.hosting.casework.Settlements;
import org.hotline.domain.hosting.casework.TraceId;
import org.hotline.domain.report.AfterTrace;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Settled hosting countries in PostgreSQL ({@code hosting_settlement}), one row each, never changed. */
public final class PostgresSettlements implements Settlements {

    /** A row of {@code hosting_settlement}. */
    public record SettlementRow(UUID id, UUID caseId, UUID traceId, String country, String basis, String reason,
            String standing, String procedure, String[] steps, String next, UUID settledBy, Instant settledAt) {
    }

    private final Storage storage;

    public PostgresSettlements(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(Settlement settlement) {
        HostingDecision decision = settlement.decision();
        storage.write(handle -> handle.createUpdate("""
                insert into hosting_settlement (id, case_id, trace_id, country, basis, reason, standing, procedure, steps,
                    next, settled_by, settled_at)
                values (:id, :caseId, :traceId, :country, :basis, :reason, :standing, :procedure, :steps, :next,
                    :settledBy, :settledAt)""")
                .bind("id", settlement.id().value())
                .bind("caseId", settlement.caseId().value())
                .bind("traceId", settlement.trace().map(TraceId::value).getOrNull())
                .bind("country", decision.country().value())
                .bind("basis", decision.basis().name())
                .bind("reason", decision.reason().getOrNull())
                .bind("standing", settlement.standing().name())
                .bind("procedure", settlement.procedure())
                .bind("steps", settlement.steps().toJavaArray(String[]::new))
                .bind("next", settlement.next().name())
                .bind("settledBy", settlement.by().value())
                .bind("settledAt", settlement.at())
                .execute());
    }

    @Override
    public Seq<Settlement> ofCase(CaseId caseId) {
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                select id, case_id, trace_id, country, basis, reason, standing, procedure, steps, next, settled_by,
                    settled_at
                from hosting_settlement where case_id = :caseId order by recorded desc""")
                .bind("caseId", caseId.value())
                .map(ConstructorMapper.of(SettlementRow.class))
                .list()).map(PostgresSettlements::toSettlement));
    }

    private static Settlement toSettlement(SettlementRow row) {
        return new Settlement(new SettlementId(row.id()), new CaseId(row.caseId()), Option.of(row.traceId()).map(TraceId::new),
                new HostingDecision(new CountryCode(row.country()), HostingDecision.Basis.valueOf(row.basis()),
                        Option.of(row.reason())),
                CountryStanding.valueOf(row.standing()), row.procedure(), List.of(row.steps()),
                AfterTrace.valueOf(row.next()), new StaffId(row.settledBy()), row.settledAt());
    }
}
