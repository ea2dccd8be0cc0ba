package org.hotline.domain.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.Cases;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.FindOpenCases;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportReference;
import org.hotline.domain.report.Reports;

/** Reports and cases kept in memory, for domain tests. Thread-safe by one lock, which is all a test needs. */
public final class InMemoryReports implements Reports, Cases, FindOpenCases {

    private final Map<ReportId, Filing> filings = new LinkedHashMap<>();
    private final Map<CaseId, Case> cases = new LinkedHashMap<>();
    private final Map<CaseId, java.util.List<ReportId>> reportsByCase = new LinkedHashMap<>();

    @Override
    public synchronized Either<KeyReused, Filing> file(Report report, Seq<Case> candidates) {
        if (report.idempotencyKey().isDefined()) {
            var key = report.idempotencyKey().get();
            Option<Filing> earlier = List.ofAll(filings.values()).find(f -> f.report().idempotencyKey()
                    .exists(k -> k.scope().equals(key.scope()) && k.key().equals(key.key())));
            if (earlier.isDefined()) {
                return earlier.get().report().idempotencyKey().get().fingerprint().equals(key.fingerprint())
                        ? Either.right(current(earlier.get()).asReplay())
                        : Either.left(new KeyReused(earlier.get().report().id()));
            }
        }
        java.util.List<CaseLink> links = new ArrayList<>();
        for (int i = 0; i < report.urls().size(); i++) {
            var url = report.urls().get(i);
            Option<Case> open = List.ofAll(cases.values())
                    .find(c -> c.state().isOpen() && c.url().canonical().equals(url.canonical()));
            Case target = open.getOrElse(candidates.get(i));
            if (open.isEmpty()) {
                cases.put(target.id(), target);
            }
            reportsByCase.computeIfAbsent(target.id(), id -> new ArrayList<>()).add(report.id());
            links.add(new CaseLink(url, target.id(), open.isEmpty()));
        }
        Filing filing = new Filing(report, List.ofAll(links), statesOf(List.ofAll(links)));
        filings.put(report.id(), filing);
        return Either.right(filing);
    }

    @Override
    public synchronized Option<Filing> byId(ReportId id) {
        return Option.of(filings.get(id)).map(this::current);
    }

    @Override
    public synchronized Option<Filing> byReference(ReportReference reference) {
        return List.ofAll(filings.values()).find(f -> f.report().reference().equals(reference)).map(this::current);
    }

    /** The filing with the states its cases have now. */
    private Filing current(Filing filing) {
        return new Filing(filing.report(), filing.links(), statesOf(filing.links()), filing.replayed());
    }

    private io.vavr.collection.Map<org.hotline.domain.report.CaseId, org.hotline.domain.report.CaseState> statesOf(Seq<CaseLink> links) {
        return io.vavr.collection.HashMap.ofEntries(links.map(link -> io.vavr.Tuple.of(link.caseId(), cases.get(link.caseId()).state())));
    }

    @Override
    public synchronized Option<Case> byId(CaseId id) {
        return Option.of(cases.get(id));
    }

    @Override
    public synchronized Seq<Case> byIds(Seq<CaseId> ids) {
        return ids.flatMap(id -> Option.of(cases.get(id)));
    }

    /** Replaces a stored case, as a later transition would. */
    public synchronized void put(Case updated) {
        cases.put(updated.id(), updated);
    }

    @Override
    public synchronized Seq<QueueEntry> oldestFirst(int limit, int reportsPerCase) {
        return List.ofAll(cases.values())
                .filter(c -> c.state().isOpen())
                .sorted(Comparator.comparing(Case::openedAt).thenComparing(c -> c.id().value()))
                .take(limit)
                .map(c -> {
                    java.util.List<ReportId> ids = reportsByCase.getOrDefault(c.id(), java.util.List.of());
                    Seq<QueueEntry.QueuedReport> shown = List.ofAll(ids)
                            .map(filings::get)
                            .map(Filing::report)
                            .sorted(Comparator.comparing(Report::receivedAt))
                            .take(reportsPerCase)
                            .map(r -> new QueueEntry.QueuedReport(r.id(), r.reference(), r.receivedAt(), r.channel(), r.seen()));
                    return new QueueEntry(c.id(), c.url(), c.openedAt(), c.state(), ids.size(), shown);
                });
    }

    @Override
    public synchronized long countOpen() {
        return cases.values().stream().filter(c -> c.state().isOpen()).count();
    }
}
