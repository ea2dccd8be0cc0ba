package org.hotline.domain.testing;

import java.time.Instant;
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
import org.hotline.domain.report.CaseSignals;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Cases;
import org.hotline.domain.report.CasesOfAddress;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.FindCaseReports;
import org.hotline.domain.report.FindOpenCases;
import org.hotline.domain.report.IntakeBatch;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.report.Priority;
import org.hotline.domain.report.QueueEntry;
import org.hotline.domain.report.QueueSelection;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportId;
import org.hotline.domain.report.ReportReference;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.report.Reports;
import org.hotline.domain.report.Stage;

/** Reports and cases kept in memory, for domain tests. Thread-safe by one lock, which is all a test needs. */
public final class InMemoryReports implements Reports, Cases, FindOpenCases, FindCaseReports {

    private final Map<ReportId, Filing> filings = new LinkedHashMap<>();
    private final Map<CaseId, Case> cases = new LinkedHashMap<>();
    private final Map<CaseId, java.util.List<ReportId>> reportsByCase = new LinkedHashMap<>();
    private final Map<CaseId, CaseSignals> signals = new LinkedHashMap<>();
    private final Map<CaseId, Priority> priorities = new LinkedHashMap<>();

    @Override
    public synchronized Either<KeyReused, Filing> file(Report report, Seq<Case> candidates, IntakeRules rules) {
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
        IntakeBatch batch = IntakeBatch.of(rules, report, candidates);
        var decisions = batch.decide(batch.addresses().toMap(address -> io.vavr.Tuple.of(address, casesOf(address))));
        java.util.Set<CaseId> opened = new java.util.HashSet<>();
        for (IntakeBatch.Opening opening : decisions.openings()) {
            Case candidate = opening.candidate();
            cases.put(candidate.id(), candidate);
            signals.put(candidate.id(), opening.signals());
            priorities.put(candidate.id(), opening.priority());
            opened.add(candidate.id());
        }
        var caseOf = decisions.joining().merge(decisions.openings().toMap(o -> io.vavr.Tuple.of(o.candidate().url().canonical(), o.candidate())));
        var joined = decisions.joining().values().toMap(c -> io.vavr.Tuple.of(c.id(),
                new IntakeBatch.Joined(cases.get(c.id()), signals.getOrDefault(c.id(), CaseSignals.none()))));
        IntakeBatch.Settlement settlement = batch.settle(caseOf, io.vavr.collection.HashSet.ofAll(opened), joined).get();
        for (IntakeBatch.Ranking ranking : settlement.rankings()) {
            signals.put(ranking.caseId(), ranking.signals());
            priorities.put(ranking.caseId(), ranking.priority());
        }
        Filing filing = settlement.filings().head();
        filing.links().forEach(link -> reportsByCase.computeIfAbsent(link.caseId(), id -> new ArrayList<>()).add(report.id()));
        filings.put(report.id(), filing);
        return Either.right(filing);
    }

    /** The open case of the address and its latest closed case, as storage fetches them for the intake rules. */
    private CasesOfAddress casesOf(String address) {
        List<Case> ofAddress = List.ofAll(cases.values()).filter(c -> c.url().canonical().equals(address));
        return new CasesOfAddress(ofAddress.find(c -> c.state().isOpen()),
                ofAddress.filter(c -> c.state() instanceof CaseState.Closed)
                        .maxBy(Comparator.comparing((Case c) -> ((CaseState.Closed) c.state()).at())));
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
    public synchronized Option<Case> openCaseOf(ReportedUrl url) {
        return List.ofAll(cases.values()).find(c -> c.state().isOpen() && c.url().canonical().equals(url.canonical()));
    }

    @Override
    public synchronized boolean change(Case.Transition transition) {
        Case current = cases.get(transition.caseId());
        if (current == null || !current.state().equals(transition.before())) {
            return false;
        }
        boolean reopens = !transition.before().isOpen() && transition.after().isOpen();
        if (reopens && openCaseOf(current.url()).isDefined()) {
            return false;
        }
        cases.put(current.id(), current.apply(transition));
        return true;
    }

    /** Every case, in the order they were opened. */
    public synchronized Seq<Case> all() {
        return List.ofAll(cases.values());
    }

    /** Replaces a stored case, as a transition this store does not know of would. */
    public synchronized void put(Case updated) {
        cases.put(updated.id(), updated);
    }

    @Override
    public synchronized Seq<QueueEntry> waiting(QueueSelection selection, long offset, int limit, int reportsPerCase) {
        return inQueueOrder(selection.stage())
                .filter(c -> selection.admits(c, priorityOf(c.id())))
                .drop((int) Math.min(offset, Integer.MAX_VALUE))
                .take(limit)
                .map(c -> {
                    java.util.List<ReportId> ids = reportsByCase.getOrDefault(c.id(), java.util.List.of());
                    Seq<QueueEntry.QueuedReport> shown = reportsOf(c.id())
                            .take(reportsPerCase)
                            .map(r -> new QueueEntry.QueuedReport(r.id(), r.reference(), r.receivedAt(), r.channel(), r.seen()));
                    return new QueueEntry(c.id(), c.url(), c.openedAt(), c.state(), priorityOf(c.id()), ids.size(), shown);
                });
    }

    /**
     * The analyst queue, as {@link #waiting} lists it for {@link Stage#ASSESSMENT}: by priority, then oldest first.
     * Kept under the name the web adapter's tests know it by.
     */
    public Seq<QueueEntry> oldestFirst(int limit, int reportsPerCase) {
        return waiting(QueueSelection.all(Stage.ASSESSMENT), 0, limit, reportsPerCase);
    }

    @Override
    public synchronized long countWaiting(QueueSelection selection) {
        return inQueueOrder(selection.stage()).count(c -> selection.admits(c, priorityOf(c.id())));
    }

    @Override
    public synchronized Seq<Case> casesOf(ReportedUrl url) {
        return List.ofAll(cases.values()).filter(c -> c.url().canonical().equals(url.canonical()))
                .sorted(Comparator.comparing(Case::openedAt).reversed());
    }

    /** The open cases, oldest first, for tests that need every one (such as the round of new captures). */
    public synchronized Seq<Case> openCases() {
        return List.ofAll(cases.values()).filter(c -> c.state().isOpen()).sortBy(Case::openedAt);
    }

    @Override
    public synchronized long countOpen() {
        return cases.values().stream().filter(c -> c.state().isOpen()).count();
    }

    @Override
    public synchronized Seq<CaseId> claimable(Instant at, int limit) {
        return inQueueOrder(Stage.ASSESSMENT).filter(c -> c.claimHolder(at).isEmpty()).take(limit).map(Case::id);
    }

    @Override
    public synchronized Seq<Case> lapsedClaims(Instant at, int limit) {
        return List.ofAll(cases.values())
                .filter(c -> c.state() instanceof CaseState.InAssessment claim && claim.lapsedAt(at))
                .sortBy(c -> ((CaseState.InAssessment) c.state()).expiresAt())
                .take(limit);
    }

    @Override
    public synchronized Seq<Report> earliest(CaseId caseId, int limit) {
        return reportsOf(caseId).take(limit);
    }

    @Override
    public synchronized CaseSignals signals(CaseId caseId) {
        return signals.getOrDefault(caseId, CaseSignals.none());
    }

    private List<Case> inQueueOrder(Stage stage) {
        return List.ofAll(cases.values())
                .filter(c -> stage.holds(c.state()))
                .sorted(Comparator.comparing((Case c) -> priorityOf(c.id())).reversed()
                        .thenComparing(Case::openedAt).thenComparing(c -> c.id().value()));
    }

    private Priority priorityOf(CaseId id) {
        return priorities.getOrDefault(id, Priority.NORMAL);
    }

    private List<Report> reportsOf(CaseId caseId) {
        return List.ofAll(reportsByCase.getOrDefault(caseId, java.util.List.of()))
                .map(filings::get)
                .map(Filing::report)
                .sorted(Comparator.comparing(Report::receivedAt).thenComparing(r -> r.id().value()));
    }
}
