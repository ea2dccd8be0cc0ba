package org.hotline.adapters.persistence;

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
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.report.SeenContent;

/** Cases in PostgreSQL, and the analyst queue read from them. */
public final class PostgresCases implements Cases, FindOpenCases {

    private static final String CASE_COLUMNS = """
            c.id, c.canonical_url, c.opened_at, c.first_report_id, c.state, c.state_since,
            c.claimed_by, c.claim_expires_at, c.forwarded_to, c.closure_reason""";

    private final Storage storage;

    public PostgresCases(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Option<Case> byId(CaseId id) {
        return Option.ofOptional(storage.read(handle -> handle
                .createQuery("select " + CASE_COLUMNS + " from case_file c where c.id = :id")
                .bind("id", id.value())
                .mapTo(CaseRow.class)
                .findOne()))
                .map(ReportMapping::toCase);
    }

    @Override
    public Seq<Case> byIds(Seq<CaseId> ids) {
        if (ids.isEmpty()) {
            return List.empty();
        }
        java.util.List<CaseRow> rows = storage.read(handle -> handle
                .createQuery("select " + CASE_COLUMNS + " from case_file c where c.id = any(:ids)")
                .bind("ids", ids.map(CaseId::value).toJavaArray(UUID[]::new))
                .mapTo(CaseRow.class)
                .list());
        return List.ofAll(rows).map(ReportMapping::toCase);
    }

    @Override
    public Seq<QueueEntry> oldestFirst(int limit, int reportsPerCase) {
        return storage.read(handle -> {
            List<QueueRow> cases = List.ofAll(handle.createQuery("select " + CASE_COLUMNS + """
                    , (select count(*) from report_url u where u.case_id = c.id) as report_count
                    from case_file c
                    where c.state <> 'CLOSED'
                    order by c.opened_at, c.id
                    limit :limit""")
                    .bind("limit", limit)
                    .mapTo(QueueRow.class)
                    .list());
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
                return new QueueEntry(found.id(), new ReportedUrl(row.canonicalUrl(), row.canonicalUrl()),
                        found.openedAt(), found.state(), Math.toIntExact(row.reportCount()), shown);
            });
        });
    }

    @Override
    public long countOpen() {
        return storage.read(handle -> handle
                .createQuery("select count(*) from case_file where state <> 'CLOSED'")
                .mapTo(Long.class)
                .one());
    }
}
