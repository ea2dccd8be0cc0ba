package org.hotline.adapters.persistence;

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
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportReference;
import org.hotline.domain.report.Reports;
import org.jdbi.v3.core.Handle;

/**
 * Reports in PostgreSQL. A report, a case per new address, the links, and each joined case's signals and priority are
 * stored in one transaction, shared with the other reports that arrived at the same moment ({@link IntakeBatcher},
 * {@link FilingBatch}). Concurrent filings of one address meet at the partial unique index that allows one open case
 * per address: the first insert wins, the others find its case.
 */
public final class PostgresReports implements Reports, FindCaseReports {

    static final String REPORT_COLUMNS = """
            r.id, r.reference, r.received_at, r.channel, r.seen, r.description, r.contact_name, r.contact_email,
            r.contact_phone, r.partner_id, r.idempotency_scope, r.idempotency_key, r.request_fingerprint""";

    private final Storage storage;
    private final IntakeBatcher intake;

    public PostgresReports(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.intake = database.intake();
    }

    /**
     * Files through the intake batcher (group commit), or, inside a unit of work, as a batch of one in the unit's own
     * transaction: either way by {@link FilingBatch}, the one filing path.
     */
    @Override
    public Either<KeyReused, Filing> file(Report report, Seq<Case> candidates, IntakeRules rules) {
        if (candidates.size() != report.urls().size()) {
            throw new IllegalArgumentException("one candidate case per address");
        }
        return storage.inUnitOfWork()
                ? IntakeBatcher.fileAlone(storage, new FilingBatch.Pending(report, candidates, rules))
                : intake.file(report, candidates, rules);
    }

    /** The answer to a report whose idempotency key was used before: a replay of the earlier filing, or the key reused. */
    static Either<KeyReused, Filing> earlierWithSameKey(Handle handle, ReportRow row) {
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
