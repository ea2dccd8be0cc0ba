package org.hotline.adapters.persistence;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.ReportRows.CaseRow;
import org.hotline.adapters.persistence.ReportRows.ReportRow;
import org.hotline.adapters.persistence.ReportRows.ReportUrlRow;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportReference;
import org.hotline.domain.report.Reports;
import org.jdbi.v3.core.Handle;

/**
 * Reports in PostgreSQL. Filing is one transaction: the report, a case per new address, and the links. Concurrent
 * filings of one address meet at the partial unique index that allows one open case per address: the first insert
 * wins, the others find its case.
 */
public final class PostgresReports implements Reports {

    private static final int MAX_ATTEMPTS_PER_ADDRESS = 5;

    private final Storage storage;

    public PostgresReports(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Filing file(Report report, Seq<Case> candidates) {
        if (candidates.size() != report.urls().size()) {
            throw new IllegalArgumentException("one candidate case per address");
        }
        return storage.write(handle -> {
            insertReport(handle, ReportMapping.toRow(report));
            java.util.List<CaseLink> links = new ArrayList<>(candidates.size());
            java.util.List<ReportUrlRow> urlRows = new ArrayList<>(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                Case candidate = candidates.get(i);
                CaseLink link = linkToOpenCase(handle, candidate);
                var url = report.urls().get(i);
                links.add(new CaseLink(url, link.caseId(), link.opened()));
                urlRows.add(new ReportUrlRow(report.id().value(), i, url.submitted(), url.canonical(),
                        link.caseId().value(), link.opened(), report.receivedAt()));
            }
            insertUrls(handle, urlRows);
            return new Filing(report, List.ofAll(links));
        });
    }

    /** Opens the candidate as the address's case, or finds the case that is already open for the address. */
    private static CaseLink linkToOpenCase(Handle handle, Case candidate) {
        CaseRow row = ReportMapping.toRow(candidate);
        byte[] key = ReportMapping.urlKey(row.canonicalUrl());
        for (int attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS; attempt++) {
            Optional<UUID> opened = handle.createQuery("""
                    insert into case_file (id, canonical_url, url_key, opened_at, first_report_id, state, state_since)
                    values (:id, :canonicalUrl, :urlKey, :openedAt, :firstReportId, :state, :stateSince)
                    on conflict (url_key) where state <> 'CLOSED' do nothing
                    returning id""")
                    .bindMethods(row)
                    .bind("urlKey", key)
                    .mapTo(UUID.class)
                    .findOne();
            if (opened.isPresent()) {
                return new CaseLink(candidate.url(), candidate.id(), true);
            }
            Optional<UUID> existing = handle.createQuery(
                    "select id from case_file where url_key = :urlKey and state <> 'CLOSED'")
                    .bind("urlKey", key)
                    .mapTo(UUID.class)
                    .findOne();
            if (existing.isPresent()) {
                return new CaseLink(candidate.url(), new CaseId(existing.get()), false);
            }
            // The open case we collided with was closed in between; try again.
        }
        throw new IllegalStateException("could not link " + row.canonicalUrl() + " to a case after "
                + MAX_ATTEMPTS_PER_ADDRESS + " attempts");
    }

    private static void insertReport(Handle handle, ReportRow row) {
        handle.createUpdate("""
                insert into report (id, reference, received_at, channel, seen, description,
                                    contact_name, contact_email, contact_phone)
                values (:id, :reference, :receivedAt, :channel, :seen, :description,
                        :contactName, :contactEmail, :contactPhone)""")
                .bindMethods(row)
                .execute();
    }

    private static void insertUrls(Handle handle, java.util.List<ReportUrlRow> rows) {
        var batch = handle.prepareBatch("""
                insert into report_url (report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at)
                values (:reportId, :position, :submittedUrl, :canonicalUrl, :caseId, :openedCase, :receivedAt)""");
        for (ReportUrlRow row : rows) {
            batch.bindMethods(row).add();
        }
        batch.execute();
    }

    @Override
    public Option<Filing> byId(ReportId id) {
        return find("r.id = :key", id.value());
    }

    @Override
    public Option<Filing> byReference(ReportReference reference) {
        return find("r.reference = :key", reference.value());
    }

    private Option<Filing> find(String condition, Object key) {
        return storage.read(handle -> {
            Optional<ReportRow> report = handle.createQuery("""
                    select id, reference, received_at, channel, seen, description, contact_name, contact_email, contact_phone
                    from report r where """ + " " + condition)
                    .bind("key", key)
                    .mapTo(ReportRow.class)
                    .findOne();
            if (report.isEmpty()) {
                return Option.<Filing>none();
            }
            List<ReportUrlRow> urls = List.ofAll(handle.createQuery("""
                    select report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at
                    from report_url where report_id = :id order by position""")
                    .bind("id", report.get().id())
                    .mapTo(ReportUrlRow.class)
                    .list());
            Report restored = ReportMapping.toReport(report.get(), urls);
            return Option.some(new Filing(restored, urls.map(u -> new CaseLink(
                    restored.urls().get(u.position()), new CaseId(u.caseId()), u.openedCase()))));
        });
    }
}
