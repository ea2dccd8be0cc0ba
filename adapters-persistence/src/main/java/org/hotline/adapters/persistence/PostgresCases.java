package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.ReportRows.CaseRow;
import org.hotline.adapters.persistence.ReportRows.QueueRow;
import org.hotline.adapters.persistence.ReportRows.QueuedReportRow;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Cases;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.FindOpenCases;
import org.hotline.domain.report.Priority;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.QueueSelection;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.report.SeenContent;
import org.hotline.domain.report.Stage;

/**
 * Cases in PostgreSQL, and the lists of waiting cases read from them. A transition is stored by a conditional update
 * that matches the state it was made from: of two concurrent changes of one case, the second finds the row changed
 * (PostgreSQL re-checks the condition on the row the first committed) and updates nothing.
 */
public final class PostgresCases implements Cases, FindOpenCases {

    static final String CASE_COLUMNS = """
            c.id, c.canonical_url, c.opened_at, c.first_report_id, c.state, c.state_since,
            c.claimed_by, c.claim_expires_at, c.forwarded_to, c.closure_reason, c.closure_note""";

    /** The order of every list of waiting cases: the highest priority first, then the oldest. */
    private static final String QUEUE_ORDER = " order by c.priority desc, c.opened_at, c.id";
    private static final String CLAIMABLE = """
            (c.state = 'AWAITING_ASSESSMENT' or (c.state = 'IN_ASSESSMENT' and c.claim_expires_at <= :at))""";

    private final Storage storage;

    public PostgresCases(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Option<Case> byId(CaseId id) {
        return one("c.id = :key", id.value());
    }

    @Override
    public Option<Case> openCaseOf(ReportedUrl url) {
        return one("c.url_key = :key and c.state <> 'CLOSED'", ReportMapping.urlKey(url.canonical()));
    }

    private Option<Case> one(String condition, Object key) {
        return Option.ofOptional(storage.read(handle -> handle
                .createQuery("select " + CASE_COLUMNS + " from case_file c where " + condition)
                .bind("key", key)
                .mapTo(CaseRow.class)
                .findOne()))
                .map(ReportMapping::toCase);
    }

    /** A state without a time of its own (waiting for assessment) is stored with the time of the change. */
    @Override
    public boolean change(Case.Transition transition) {
        boolean reopens = !transition.before().isOpen() && transition.after().isOpen();
        return storage.write(handle -> handle.createUpdate("""
                update case_file c
                set state = :after.state, state_since = :after.stateSince, claimed_by = :after.claimedBy,
                    claim_expires_at = :after.claimExpiresAt, forwarded_to = :after.forwardedTo,
                    closure_reason = :after.closureReason, closure_note = :after.closureNote
                where c.id = :id
                  and c.state = :before.state
                  and c.claimed_by is not distinct from cast(:before.claimedBy as uuid)
                  and c.claim_expires_at is not distinct from cast(:before.claimExpiresAt as timestamptz)
                  and c.forwarded_to is not distinct from cast(:before.forwardedTo as text)
                  and c.closure_reason is not distinct from cast(:before.closureReason as text)
                  and (c.state = 'AWAITING_ASSESSMENT' or c.state_since = :before.stateSince)
                  and (not :reopens or not exists (
                      select 1 from case_file o where o.url_key = c.url_key and o.state <> 'CLOSED' and o.id <> c.id))""")
                .bind("id", transition.caseId().value())
                .bindMethods("before", ReportMapping.toColumns(transition.before(), transition.at()))
                .bindMethods("after", ReportMapping.toColumns(transition.after(), transition.at()))
                .bind("reopens", reopens)
                .execute() == 1);
    }

    @Override
    public Seq<QueueEntry> waiting(QueueSelection selection, long offset, int limit, int reportsPerCase) {
        return storage.read(handle -> {
            var query = handle.createQuery("select " + CASE_COLUMNS + """
                    , c.priority, c.report_count
                    from case_file c
                    where""" + " " + conditions(selection) + QUEUE_ORDER + " offset :offset limit :limit")
                    .bind("offset", offset)
                    .bind("limit", limit);
            List<QueueRow> cases = List.ofAll(bind(query, selection).mapTo(QueueRow.class).list());
            if (cases.isEmpty()) {
                return List.<QueueEntry>empty();
            }
            var reports = List.ofAll(handle.createQuery("""
                    select q.case_id, x.report_id, x.received_at, x.channel, x.seen
                    from unnest(:ids) as q(case_id)
                    cross join lateral (
                        select u.report_id, u.received_at, r.channel, r.seen
                        from report_url u join report r on r.id = u.report_id
                        where u.case_id = q.case_id
                        order by u.received_at, u.report_id
                        limit :perCase) x""")
                    .bind("ids", cases.map(QueueRow::id).toJavaArray(UUID[]::new))
                    .bind("perCase", reportsPerCase)
                    .mapTo(QueuedReportRow.class)
                    .list())
                    .groupBy(QueuedReportRow::caseId);
            return cases.map(row -> {
                Case found = ReportMapping.toCase(row.caseRow());
                Seq<QueueEntry.QueuedReport> shown = reports.get(row.id()).getOrElse(List.empty())
                        .map(r -> new QueueEntry.QueuedReport(new ReportId(r.reportId()), new ReportId(r.reportId()).reference(),
                                r.receivedAt(), Channel.valueOf(r.channel()),
                                io.vavr.collection.LinkedHashSet.of(r.seen()).map(SeenContent::valueOf)));
                return new QueueEntry(found.id(), found.url(), found.openedAt(), found.state(),
                        Priority.ofRank(row.priority()), row.reportCount(), shown);
            });
        });
    }

    @Override
    public long countWaiting(QueueSelection selection) {
        return storage.read(handle -> bind(handle.createQuery("select count(*) from case_file c where "
                + conditions(selection)), selection).mapTo(Long.class).one());
    }

    @Override
    public Seq<Case> casesOf(ReportedUrl url) {
        return storage.read(handle -> List.ofAll(handle.createQuery("select " + CASE_COLUMNS
                        + " from case_file c where c.url_key = :key order by c.opened_at desc, c.id")
                .bind("key", ReportMapping.urlKey(url.canonical()))
                .mapTo(CaseRow.class)
                .list()))
                .map(ReportMapping::toCase);
    }

    /**
     * The conditions of a selection, as {@link QueueSelection#admits} has them: the stage's states written out (so that
     * the partial indexes apply), and each narrowing the selection holds.
     */
    private static String conditions(QueueSelection selection) {
        StringBuilder where = new StringBuilder(inStage(selection.stage()));
        selection.priority().forEach(p -> where.append(" and c.priority = :priority"));
        selection.openedAtOrBefore().forEach(t -> where.append(" and c.opened_at <= :openedAtOrBefore"));
        selection.openedAfter().forEach(t -> where.append(" and c.opened_at > :openedAfter"));
        selection.host().forEach(h -> where.append(" and (reverse(case_host(c.canonical_url)) = :reversedHost"
                + " or reverse(case_host(c.canonical_url)) like :reversedHostBelow)"));
        return where.toString();
    }

    private static org.jdbi.v3.core.statement.Query bind(org.jdbi.v3.core.statement.Query query, QueueSelection selection) {
        selection.priority().forEach(p -> query.bind("priority", (short) p.rank()));
        selection.openedAtOrBefore().forEach(t -> query.bind("openedAtOrBefore", t));
        selection.openedAfter().forEach(t -> query.bind("openedAfter", t));
        selection.host().forEach(host -> {
            String reversed = new StringBuilder(host).reverse().toString();
            query.bind("reversedHost", reversed);
            query.bind("reversedHostBelow", reversed.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + ".%");
        });
        return query;
    }

    @Override
    public long countOpen() {
        return count("select count(*) from case_file where state <> 'CLOSED'");
    }

    private long count(String query) {
        return storage.read(handle -> handle.createQuery(query).mapTo(Long.class).one());
    }

    @Override
    public Seq<CaseId> claimable(Instant at, int limit) {
        return storage.read(handle -> List.ofAll(handle.createQuery(
                        "select c.id from case_file c where " + CLAIMABLE + QUEUE_ORDER + " limit :limit")
                .bind("at", at)
                .bind("limit", limit)
                .mapTo(UUID.class)
                .list()))
                .map(CaseId::new);
    }

    @Override
    public Seq<Case> lapsedClaims(Instant at, int limit) {
        return storage.read(handle -> List.ofAll(handle.createQuery("select " + CASE_COLUMNS + """
                         from case_file c
                        where c.state = 'IN_ASSESSMENT' and c.claim_expires_at <= :at
                        order by c.claim_expires_at, c.id
                        limit :limit""")
                .bind("at", at)
                .bind("limit", limit)
                .mapTo(CaseRow.class)
                .list()))
                .map(ReportMapping::toCase);
    }

    /** The condition for the cases at a stage, with the states written out so that the partial indexes apply. */
    private static String inStage(Stage stage) {
        return "c.state in (" + stage.states().map(state -> "'" + state + "'").mkString(", ") + ")";
    }
}
