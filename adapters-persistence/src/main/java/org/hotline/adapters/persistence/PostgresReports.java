package org.hotline.adapters.persistence;

import java.time.Instant;
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
import org.hotline.adapters.persistence.ReportRows.SignalsRow;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.CaseSignals;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.FindCaseReports;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.report.QueuePriority;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportReference;
import org.hotline.domain.report.Reports;
import org.jdbi.v3.core.Handle;

/**
 * Reports in PostgreSQL. A report, a case per new address, the links, and each joined case's signals and priority are
 * stored in one transaction, shared with the other reports that arrived at the same moment ({@link IntakeBatcher}).
 * Concurrent filings of one address meet at the partial unique index that allows one open case per address: the first
 * insert wins, the others find its case.
 */
public final class PostgresReports implements Reports, FindCaseReports {

    private static final int MAX_ATTEMPTS_PER_ADDRESS = 5;
    static final String REPORT_COLUMNS = """
            r.id, r.reference, r.received_at, r.channel, r.seen, r.description, r.contact_name, r.contact_email,
            r.contact_phone, r.partner_id, r.idempotency_scope, r.idempotency_key, r.request_fingerprint""";

    private final Storage storage;
    private final IntakeBatcher intake;

    public PostgresReports(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.intake = database.intake();
    }

    /** Files through the intake batcher (group commit), or, inside a unit of work, in the unit's own transaction. */
    @Override
    public Either<KeyReused, Filing> file(Report report, Seq<Case> candidates, IntakeRules rules) {
        if (candidates.size() != report.urls().size()) {
            throw new IllegalArgumentException("one candidate case per address");
        }
        return storage.inUnitOfWork() ? fileAlone(storage, report, candidates, rules) : intake.file(report, candidates, rules);
    }

    /**
     * Files one report in a transaction of its own (or of the unit of work on this thread). The addresses are linked in
     * the order of their canonical form, so that two reports naming the same addresses lock their cases in one order.
     */
    static Either<KeyReused, Filing> fileAlone(Storage storage, Report report, Seq<Case> candidates, IntakeRules rules) {
        return storage.write(handle -> {
            ReportRow row = ReportMapping.toRow(report);
            if (!insertReport(handle, row)) {
                // The idempotency key was used before: nothing of this request is stored.
                return earlierWithSameKey(handle, row);
            }
            CaseLink[] links = new CaseLink[candidates.size()];
            Map<CaseId, CaseState> states = HashMap.empty();
            for (int i : List.range(0, candidates.size()).sortBy(i -> report.urls().get(i).canonical())) {
                Case linked = linkToCase(handle, candidates.get(i), report.receivedAt(), rules);
                links[i] = new CaseLink(report.urls().get(i), linked.id(), linked.id().equals(candidates.get(i).id()));
                states = states.put(linked.id(), linked.state());
                rank(handle, linked.id(), CaseSignals.none().plus(report), rules.priority());
            }
            java.util.List<ReportUrlRow> urlRows = new ArrayList<>(candidates.size());
            for (int i = 0; i < links.length; i++) {
                var url = report.urls().get(i);
                urlRows.add(new ReportUrlRow(report.id().value(), i, url.submitted(), url.canonical(),
                        links[i].caseId().value(), links[i].opened(), report.receivedAt()));
            }
            insertUrls(handle, urlRows);
            return Either.<KeyReused, Filing>right(new Filing(report, List.of(links), states));
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

    /**
     * The case that takes in the address by the rules (its open case, or one recently closed as not illegal), or else
     * the candidate, opened as the address's case.
     */
    private static Case linkToCase(Handle handle, Case candidate, Instant receivedAt, IntakeRules rules) {
        CaseRow row = ReportMapping.toRow(candidate);
        byte[] key = ReportMapping.urlKey(row.canonicalUrl());
        for (int attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS; attempt++) {
            Optional<CaseRow> existing = handle.createQuery("select " + PostgresCases.CASE_COLUMNS + """
                     from (
                        select *, 0 as preference from case_file
                        where url_key = :urlKey and state <> 'CLOSED'
                        union all
                        select *, 1 as preference from case_file
                        where url_key = :urlKey and state = 'CLOSED' and closure_reason = 'NOT_ILLEGAL'
                          and state_since >= :closedSince) c
                    order by c.preference, c.state_since desc, c.id
                    limit 1""")
                    .bind("urlKey", key)
                    .bind("closedSince", rules.closedNotIllegalSince(receivedAt))
                    .mapTo(CaseRow.class)
                    .findOne();
            if (existing.isPresent()) {
                return ReportMapping.toCase(existing.get());
            }
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
            // Another filing opened a case for the address since we looked; join it on the next attempt.
        }
        throw new IllegalStateException("could not link " + row.canonicalUrl() + " to a case after "
                + MAX_ATTEMPTS_PER_ADDRESS + " attempts");
    }

    /**
     * Adds what joining reports say to the case's signals and ranks the case again by the policy. The update locks the
     * case's row until the filing commits, so concurrent filings into one case rank it one after the other.
     */
    private static void rank(Handle handle, CaseId caseId, CaseSignals joining, QueuePriority priority) {
        SignalsRow signals = handle.createQuery("""
                update case_file
                set report_count = report_count + :reports, referred = referred or :referred, visual = visual or :visual
                where id = :id
                returning report_count, referred, visual""")
                .bind("id", caseId.value())
                .bind("reports", joining.reports())
                .bind("referred", joining.referred())
                .bind("visual", joining.visual())
                .mapTo(SignalsRow.class)
                .one();
        handle.createUpdate("update case_file set priority = :priority where id = :id and priority <> :priority")
                .bind("id", caseId.value())
                .bind("priority", priority.of(ReportMapping.toSignals(signals)).rank())
                .execute();
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

    @Override
    public Seq<Report> earliest(CaseId caseId, int limit) {
        return storage.read(handle -> {
            List<ReportRow> reports = List.ofAll(handle.createQuery("select " + REPORT_COLUMNS + " " + """
                    from report_url u join report r on r.id = u.report_id
                    where u.case_id = :caseId
                    order by u.received_at, u.report_id
                    limit :limit""")
                    .bind("caseId", caseId.value())
                    .bind("limit", limit)
                    .mapTo(ReportRow.class)
                    .list());
            var urls = List.ofAll(handle.createQuery("""
                    select report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at
                    from report_url where report_id = any(:ids)""")
                    .bind("ids", reports.map(ReportRow::id).toJavaArray(UUID[]::new))
                    .mapTo(ReportUrlRow.class)
                    .list())
                    .groupBy(ReportUrlRow::reportId);
            return reports.map(row -> ReportMapping.toReport(row, urls.get(row.id()).getOrElse(List.empty())));
        });
    }

    @Override
    public CaseSignals signals(CaseId caseId) {
        return storage.read(handle -> handle.createQuery(
                        "select report_count, referred, visual from case_file where id = :id")
                .bind("id", caseId.value())
                .mapTo(SignalsRow.class)
                .findOne())
                .map(ReportMapping::toSignals)
                .orElse(CaseSignals.none());
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
        java.util.List<CaseRow> cases = handle.createQuery("select " + PostgresCases.CASE_COLUMNS
                        + " from case_file c where c.id = any(:ids)")
                .bind("ids", urls.map(ReportUrlRow::caseId).distinct().toJavaArray(UUID[]::new))
                .mapTo(CaseRow.class)
                .list();
        Map<CaseId, CaseState> states = HashMap.ofEntries(List.ofAll(cases)
                .map(row -> io.vavr.Tuple.of(new CaseId(row.id()), ReportMapping.toState(row.stateColumns()))));
        Report restored = ReportMapping.toReport(report, urls);
        return new Filing(restored, urls.map(u -> new CaseLink(
                restored.urls().get(u.position()), new CaseId(u.caseId()), u.openedCase())), states);
    }
}
