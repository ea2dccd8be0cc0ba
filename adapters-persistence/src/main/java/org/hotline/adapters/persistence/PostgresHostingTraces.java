package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.CountryCandidate;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.hosting.casework.HostingTraces;
import org.hotline.domain.hosting.casework.RecordedTrace;
import org.hotline.domain.hosting.casework.TraceId;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.StaffId;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Hosting traces in PostgreSQL ({@code hosting_trace}): when each ran and the data versions it used in columns, the
 * candidate countries as an array (for lists and searches), and the hosts as a JSON document ({@link TraceDocuments}).
 */
public final class PostgresHostingTraces implements HostingTraces {

    /** A row of {@code hosting_trace}. */
    public record TraceRow(UUID id, UUID caseId, UUID requestedBy, Instant startedAt, Instant finishedAt,
            String countriesData, String countriesVersion, String networksData, String networksVersion, String cdnData,
            String cdnVersion, String hosts) {
    }

    private final Storage storage;

    public PostgresHostingTraces(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(RecordedTrace recorded) {
        HostingTrace trace = recorded.trace();
        IpDataVersion data = trace.data();
        storage.write(handle -> handle.createUpdate("""
                insert into hosting_trace (id, case_id, requested_by, started_at, finished_at, countries_data,
                    countries_version, networks_data, networks_version, cdn_data, cdn_version, countries, hosts)
                values (:id, :caseId, :requestedBy, :startedAt, :finishedAt, :countriesData, :countriesVersion,
                    :networksData, :networksVersion, :cdnData, :cdnVersion, :countries, cast(:hosts as jsonb))""")
                .bind("id", recorded.id().value())
                .bind("caseId", recorded.caseId().value())
                .bind("requestedBy", recorded.requestedBy().map(StaffId::value).getOrNull())
                .bind("startedAt", trace.startedAt())
                .bind("finishedAt", trace.finishedAt())
                .bind("countriesData", data.countries().name())
                .bind("countriesVersion", data.countries().version().getOrNull())
                .bind("networksData", data.networks().name())
                .bind("networksVersion", data.networks().version().getOrNull())
                .bind("cdnData", data.cdnNetworks().name())
                .bind("cdnVersion", data.cdnNetworks().version().getOrNull())
                .bind("countries", trace.summary().candidates().map(CountryCandidate::country).map(c -> c.value())
                        .toJavaArray(String[]::new))
                .bind("hosts", TraceDocuments.write(trace.hosts()))
                .execute());
    }

    @Override
    public Seq<RecordedTrace> ofCase(CaseId caseId) {
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                select id, case_id, requested_by, started_at, finished_at, countries_data, countries_version,
                    networks_data, networks_version, cdn_data, cdn_version, hosts::text as hosts
                from hosting_trace where case_id = :caseId order by recorded desc""")
                .bind("caseId", caseId.value())
                .map(ConstructorMapper.of(TraceRow.class))
                .list()).map(PostgresHostingTraces::toTrace));
    }

    private static RecordedTrace toTrace(TraceRow row) {
        IpDataVersion data = new IpDataVersion(version(row.countriesData(), row.countriesVersion()),
                version(row.networksData(), row.networksVersion()), version(row.cdnData(), row.cdnVersion()));
        return new RecordedTrace(new TraceId(row.id()), new CaseId(row.caseId()), Option.of(row.requestedBy()).map(StaffId::new),
                new HostingTrace(row.startedAt(), row.finishedAt(), data, TraceDocuments.read(row.hosts())));
    }

    private static DataSetVersion version(String name, String version) {
        return new DataSetVersion(name, Option.of(version));
    }
}
