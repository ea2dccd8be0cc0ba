package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.Service;

/**
 * Files a batch of reports into cases by the intake rules. Storage fetches the cases of the batch's addresses and
 * stores what this decides, in as few statements as it can; which case takes in an address, how signals add up and
 * how cases are ranked are decided here alone, so that a report is filed alike whatever stores it. A report filed by
 * itself is a batch of one.
 *
 * <p>Storage follows three steps:
 * <ol>
 * <li>it fetches, for each of the batch's {@link #addresses()}, the address's open case and its latest closed case;</li>
 * <li>{@link #decide} says which existing case takes in each address, and which case opens for each of the others:
 *     the candidate of the first report naming the address, carrying the signals of every report of the batch that
 *     names it, and the priority they give;</li>
 * <li>with the case each address went to, and the cases joined as they stand once locked, {@link #settle} gives the
 *     filings and the new signals and priority of each case joined, or the addresses whose case changed meanwhile so
 *     that it takes in no more reports.</li>
 * </ol>
 */
@Service
public final class IntakeBatch {

    /** One report of the batch, with a candidate case for each of its addresses (in the order of its addresses). */
    public record Arrival(Report report, Seq<Case> candidates) {
        public Arrival {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(candidates, "candidates");
            if (candidates.size() != report.urls().size()) {
                throw new IllegalArgumentException("one candidate case per address");
            }
        }
    }

    /** A case the batch opens, with what the batch's reports say of its address, and the priority that gives. */
    public record Opening(Case candidate, CaseSignals signals, Priority priority) {
    }

    /** For each address: the existing case that takes it in, or else the case to open. */
    public record Decisions(Map<String, Case> joining, Seq<Opening> openings) {
    }

    /** A case that existed before the batch, as it stands once storage locked it. */
    public record Joined(Case current, CaseSignals signals) {
    }

    /** A case that existed before the batch, with its signals once the batch's reports joined it, and its priority. */
    public record Ranking(CaseId caseId, CaseSignals signals, Priority priority) {
    }

    /** The filing of each report, in the order of the batch, and the new ranking of each case that existed before. */
    public record Settlement(Seq<Filing> filings, Seq<Ranking> rankings) {
    }

    /** The cases of these addresses changed since they were decided on, so that they take in no more reports. */
    public record ChangedMeanwhile(Seq<String> addresses) {
    }

    private final IntakeRules rules;
    private final Seq<Arrival> arrivals;
    private final Map<String, Case> candidates;
    private final Map<String, CaseSignals> joining;

    public IntakeBatch(IntakeRules rules, Seq<Arrival> arrivals) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.arrivals = Objects.requireNonNull(arrivals, "arrivals");
        Map<String, Case> firstCandidates = LinkedHashMap.empty();
        Map<String, CaseSignals> signals = LinkedHashMap.empty();
        for (Arrival arrival : arrivals) {
            CaseSignals ofReport = CaseSignals.of(arrival.report());
            for (int i = 0; i < arrival.report().urls().size(); i++) {
                String address = arrival.report().urls().get(i).canonical();
                Case candidate = arrival.candidates().get(i);
                firstCandidates = firstCandidates.computeIfAbsent(address, any -> candidate)._2;
                signals = signals.put(address, signals.get(address).map(s -> s.plus(ofReport)).getOrElse(ofReport));
            }
        }
        this.candidates = firstCandidates;
        this.joining = signals;
    }

    /** A report filed by itself. */
    public static IntakeBatch of(IntakeRules rules, Report report, Seq<Case> candidates) {
        return new IntakeBatch(rules, List.of(new Arrival(report, candidates)));
    }

    public Seq<Arrival> arrivals() {
        return arrivals;
    }

    /** The canonical addresses the batch's reports name, each once, in the order they first appear. */
    public Seq<String> addresses() {
        return candidates.keySet().toList();
    }

    /**
     * For each address, the case that takes it in by the rules, judged at the time of the first report naming it;
     * for the others, the case to open. Addresses absent from {@code found} have no case at all.
     */
    public Decisions decide(Map<String, CasesOfAddress> found) {
        return decide(addresses(), found);
    }

    /**
     * The same for some of the addresses only: those whose case storage could not open because another writer opened
     * one first, decided again on what storage found then.
     */
    public Decisions decide(Seq<String> someAddresses, Map<String, CasesOfAddress> found) {
        Map<String, Case> joins = LinkedHashMap.empty();
        List<Opening> openings = List.empty();
        for (String address : someAddresses) {
            Case candidate = candidates.get(address)
                    .getOrElseThrow(() -> new IllegalArgumentException("the batch names no address " + address));
            Option<Case> takingIn = rules.caseTakingIn(found.get(address).getOrElse(CasesOfAddress::none), candidate.openedAt());
            if (takingIn.isDefined()) {
                joins = joins.put(address, takingIn.get());
            } else {
                CaseSignals signals = joining.get(address).get();
                openings = openings.append(new Opening(candidate, signals, rules.priority().of(signals)));
            }
        }
        return new Decisions(joins, openings);
    }

    /**
     * The filings, once every address has its case: {@code caseOf} names it for each address, {@code opened} holds the
     * cases this batch opened, and {@code joined} every other case as it stands now, locked by storage. A case joined
     * that no longer takes in reports (it was closed meanwhile) stops the batch: nothing of it should be kept.
     */
    public Either<ChangedMeanwhile, Settlement> settle(Map<String, Case> caseOf, Set<CaseId> opened, Map<CaseId, Joined> joined) {
        Seq<String> changed = addresses().filter(address -> !opened.contains(caseOf(caseOf, address).id())
                && !joined.get(caseOf(caseOf, address).id())
                        .exists(now -> rules.takesIn(now.current(), candidates.get(address).get().openedAt())));
        if (!changed.isEmpty()) {
            return Either.left(new ChangedMeanwhile(changed));
        }
        Seq<Ranking> rankings = addresses().map(address -> caseOf(caseOf, address))
                .filter(existing -> !opened.contains(existing.id()))
                .map(existing -> {
                    Joined now = joined.get(existing.id()).get();
                    CaseSignals signals = now.signals().plus(joining.get(existing.url().canonical()).get());
                    return new Ranking(existing.id(), signals, rules.priority().of(signals));
                });
        Seq<Filing> filings = arrivals.map(arrival -> filing(arrival.report(), caseOf, opened, joined));
        return Either.right(new Settlement(filings, rankings));
    }

    private static Filing filing(Report report, Map<String, Case> caseOf, Set<CaseId> opened, Map<CaseId, Joined> joined) {
        Seq<CaseLink> links = report.urls().map(url -> {
            Case target = caseOf(caseOf, url.canonical());
            return new CaseLink(url, target.id(), opened.contains(target.id()) && target.firstReport().equals(report.id()));
        });
        Map<CaseId, CaseState> states = LinkedHashMap.ofEntries(links.map(link -> {
            Case target = caseOf(caseOf, link.url().canonical());
            return io.vavr.Tuple.of(target.id(), joined.get(target.id()).map(j -> j.current().state()).getOrElse(target.state()));
        }));
        return new Filing(report, links, states);
    }

    private static Case caseOf(Map<String, Case> caseOf, String address) {
        return caseOf.get(address).getOrElseThrow(() -> new IllegalArgumentException("no case for " + address));
    }
}
