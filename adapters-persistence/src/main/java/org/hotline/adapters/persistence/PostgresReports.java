package org.hotline.adapters.persistence;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.ReportRows.CaseRow;
import org.hotline.adapters.persistence.ReportRows.ReportRow;
import org.hotline.adapters.persistence.ReportRows.ReportUrlRow;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportReference;
import org.hotline.domain.report.Reports;
import org.jdbi.v3.core.Handle;

/**
 * Reports in PostgreSQL. A report, a case per new address, and the links are stored in one transaction, shared with
 * the other reports that arrived at the same moment ({@link IntakeBatcher}). Concurrent filings of one address meet
 * at the partial unique index that allows one open case per address: the first insert wins, the others find its case.
 */
public final class PostgresReports implements Reports {

    private static final int MAX_ATTEMPTS_PER_ADDRESS = 5;
    private static final String REPORT_COLUMNS = """
            r.id, r.reference, r.received_at, r.channel, r.seen, r.description, r.contact_name, r.contact_email,
            r.contact_phone, r.partner_id, r.idempotency_scope, r.idempotency_key, r.request_fingerprint""";
    private static final String CASE_COLUMNS = """
            c.id, c.canonical_url, c.opened_at, c.first_report_id, c.state, c.state_since,
            c.claimed_by, c.claim_expires_at, c.forwarded_to, c.closure_reason""";

    private final Storage storage;
    private final IntakeBatcher intake;

    public PostgresReports(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.intake = database.intake();
    }

    /**
     * Files through the intake batcher (group commit), or, inside a unit of work, in the unit's own transaction.
     */
    @Override
    public Either<KeyReused, Filing> file(Report report, Seq<Case> candidates) {
        if (candidates.size() != report.urls().size()) {
            throw new IllegalArgumentException("one candidate case per address");
        }
        return storage.inUnitOfWork() ? fileAlone(storage, report, candidates) : intake.file(report, candidates);
    }

    /** Files one report in a transaction of its own (or of the unit of work on this thread). */
    static Either<KeyReused, Filing> fileAlone(Storage storage, Report report, Seq<Case> candidates) {
        return storage.write(handle -> {
            ReportRow row = ReportMapping.toRow(report);
            if (!insertReport(handle, row)) {
                // The idempotency key was used before: nothing of this request is stored.
                return earlierWithSameKey(handle, row);
            }
            java.util.List<CaseLink> links = new ArrayList<>(candidates.size());
            java.util.List<ReportUrlRow> urlRows = new ArrayList<>(candidates.size());
            Map<CaseId, CaseState> states = HashMap.empty();
            for (int i = 0; i < candidates.size(); i++) {
                Case linked = linkToOpenCase(handle, candidates.get(i));
                boolean opened = linked.id().equals(candidates.get(i).id());
                var url = report.urls().get(i);
                links.add(new CaseLink(url, linked.id(), opened));
                states = states.put(linked.id(), linked.state());
                urlRows.add(new ReportUrlRow(report.id().value(), i, url.submitted(), url.canonical(),
                        linked.id().value(), opened, report.receivedAt()));
            }
            insertUrls(handle, urlRows);
            return Either.<KeyReused, Filing>right(new Filing(report, List.ofAll(links), states));
        });
    }

    private static Either<KeyReused, Filing> earlierWithSameKey(Handle handle, ReportRow row) {
        ReportRow earlier = handle.createQuery("select " + REPORT_COLUMNS
                        + " from report r where idempotency_scope = :idempotencyScope and idempotency_key = :idempotencyKey")
                .bindMethods(row)
                .mapTo(ReportRow.class)
                .one();
        if (!earlier.requestFingerprint().equals(row.requestFingerprint())) {
            return Either.left(new KeyReused(new ReportId(earlier.id())));
        }
        return Either.right(filingOf(handle, earlier).asReplay());
    }

    /** Opens the candidate as the address's case, or finds the case that is already open for the address. */
    private static Case linkToOpenCase(Handle handle, Case candidate) {
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
                return candidate;
            }
            Optional<CaseRow> existing = handle.createQuery(
                    "select " + CASE_COLUMNS + " from case_file c where c.url_key = :urlKey and c.state <> 'CLOSED'")
                    .bind("urlKey", key)
                    .mapTo(CaseRow.class)
                    .findOne();
            if (existing.isPresent()) {
                return ReportMapping.toCase(existing.get());
            }
            // The open case we collided with was closed in between; try again.
        }
        throw new IllegalStateException("could not link " + row.canonicalUrl() + " to a case after "
                + MAX_ATTEMPTS_PER_ADDRESS + " attempts");
    }

    /** Inserts the report; false when a report with the same idempotency key exists (nothing is inserted then). */
    private static boolean insertReport(Handle handle, ReportRow row) {
        return handle.createUpdate("""
                insert into report (id, reference, received_at, channel, seen, description,
                                    contact_name, contact_email, contact_phone,
                                    partner_id, idempotency_scope, idempotency_key, request_fingerprint)
                values (:id, :reference, :receivedAt, :channel, :seen, :description,
                        :contactName, :contactEmail, :contactPhone,
                        :partnerId, :idempotencyScope, :idempotencyKey, :requestFingerprint)
                on conflict (idempotency_scope, idempotency_key) where idempotency_key is not null do nothing""")
                .bindMethods(row)
                .execute() == 1;
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
            Optional<ReportRow> report = handle.createQuery("select " + REPORT_COLUMNS + " from report r where " + condition)
                    .bind("key", key)
                    .mapTo(ReportRow.class)
                    .findOne();
            return report.isEmpty() ? Option.<Filing>none() : Option.some(filingOf(handle, report.get()));
        });
    }

    /** A stored report with its links and the current state of each linked case. */
    private static Filing filingOf(Handle handle, ReportRow report) {
        List<ReportUrlRow> urls = List.ofAll(handle.createQuery("""
                select report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at
                from report_url where report_id = :id order by position""")
                .bind("id", report.id())
                .mapTo(ReportUrlRow.class)
                .list());
        java.util.List<CaseRow> cases = handle.createQuery("select " + CASE_COLUMNS + " from case_file c where c.id = any(:ids)")
                .bind("ids", urls.map(ReportUrlRow::caseId).distinct().toJavaArray(UUID[]::new))
                .mapTo(CaseRow.class)
                .list();
        Map<CaseId, CaseState> states = HashMap.ofEntries(List.ofAll(cases)
                .map(row -> io.vavr.Tuple.of(new CaseId(row.id()), ReportMapping.toState(row))));
        Report restored = ReportMapping.toReport(report, urls);
        return new Filing(restored, urls.map(u -> new CaseLink(
                restored.urls().get(u.position()), new CaseId(u.caseId()), u.openedCase())), states);
    }
}
