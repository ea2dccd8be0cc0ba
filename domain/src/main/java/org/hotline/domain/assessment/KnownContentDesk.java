package org.hotline.domain.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Rejection;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.Finding;
import org.jmolecules.ddd.annotation.Service;

/**
 * The system's classification of cases whose items are all known as illegal under the home jurisdiction's
 * classification. It is recorded through the same steps as an analyst's assessment (case moved on by a conditional
 * update, assessment kept, audit record, in one unit of work), with the system as its author: no one's exposure is
 * counted, since nobody looked. Its answers are the match evidence, one per item (list, entry, hash and distance,
 * classification); its verdict rests on the lists, named as unverified references, since a list names no provision.
 * A supervisor who disagrees appeals, and assesses the material under the questionnaire as for any case.
 */
@Service
public final class KnownContentDesk implements ClassifyKnownContent {

    /** The rule a classification by the system is recorded under, in place of a rule of the law adapter. */
    public static final String RULE = "known content";

    private final NationalLaw law;
    private final DecisionPorts ports;
    private final Decisions decisions;
    private final ZoneId zone;

    public KnownContentDesk(NationalLaw law, DecisionPorts ports, ZoneId zone) {
        this.law = Objects.requireNonNull(law, "law");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.decisions = new Decisions(ports, law.jurisdiction());
    }

    /**
     * The entry that makes each item illegal under the home jurisdiction's classification, in the items' order; none
     * unless every item has one (a capture without items has none: there is nothing to classify).
     */
    public static Option<Seq<KnownMatch>> settledUnder(CountryCode home, Seq<KnownItemEvidence> items) {
        Seq<Option<KnownMatch>> found = items.map(item -> item.illegalUnder(home));
        return items.nonEmpty() && found.forAll(Option::isDefined) ? Option.some(found.map(Option::get)) : Option.none();
    }

    @Override
    public Either<Rejection<KnownContentRefusal>, Assessment.Recorded> classify(CaseId caseId, Seq<KnownItemEvidence> items) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(items, "items");
        Option<Seq<KnownMatch>> settled = settledUnder(law.jurisdiction(), items);
        if (settled.isEmpty()) {
            return Either.left(Rejection.of(KnownContentRefusal.NOT_ALL_KNOWN_ILLEGAL, "Not every item is known as illegal"
                    + " under the classification of " + law.jurisdiction() + "; analysts assess the case."));
        }
        return ports.unitOfWork().inOneUnit(() -> ports.cases().byId(caseId)
                .toEither(() -> Rejection.of(KnownContentRefusal.CASE_UNKNOWN, "There is no case " + caseId + "."))
                .flatMap(found -> draft(found, items, settled.get()))
                .flatMap(decision -> decisions.record(decision, KnownContentRefusal.CHANGED_MEANWHILE)));
    }

    private Either<Rejection<KnownContentRefusal>, Decision> draft(Case found, Seq<KnownItemEvidence> items,
            Seq<KnownMatch> settling) {
        Instant now = ports.clock().instant();
        Decision.LawDay lawDay = Decision.LawDay.of(found, ports.assessments().ofCase(found.id()), zone);
        Classification classification = new Classification(verdict(items.size(), settling, lawDay), RULE,
                settling.forAll(match -> match.classification().baseline()), lawDay.day(), law.ruleBookVersion());
        return found.classifyBySystem(new Finding(Finding.Kind.ILLEGAL, classification.verdict().reason()), now)
                .mapLeft(refused -> refused.as(KnownContentRefusal.NOT_AWAITING_ASSESSMENT))
                .map(classified -> new Decision(Option.none(), classified, Assessment.Kind.KNOWN_CONTENT,
                        evidence(items), classification, lawDay.correction()));
    }

    /** Illegal, resting on the lists that classified the items (one reference a list, from its earliest entry used). */
    private Verdict verdict(int items, Seq<KnownMatch> settling, Decision.LawDay lawDay) {
        List<StatuteReference> lists = settling.groupBy(KnownMatch::list).toList()
                .sortBy(byList -> byList._1.value())
                .map(byList -> new StatuteReference("known-content list '" + byList._1.value() + "'",
                        byList._2.map(KnownMatch::added).min().get(), Option.none(), false,
                        "A list of content classified illegal under the law of " + law.jurisdiction()
                                + "; it names no provision. Appeal to assess the material under the questionnaire."));
        String reason = (items == 1 ? "The item is" : "All " + items + " items are") + " known as illegal under the"
                + " classification of " + law.jurisdiction() + " (" + lists.map(StatuteReference::citation).mkString(", ")
                + "); classified by the system under the law of " + lawDay.day() + ".";
        return new Verdict.Illegal(lists, Option.none(), reason);
    }

    /** One answer an item: the item, and every entry it matched. */
    private static Map<String, String> evidence(Seq<KnownItemEvidence> items) {
        int digits = Integer.toString(items.size()).length();
        return LinkedHashMap.ofEntries(items.zipWithIndex().map(indexed -> io.vavr.Tuple.of(
                "known item " + String.format("%0" + digits + "d", indexed._2 + 1),
                indexed._1.item() + ": " + indexed._1.matches().map(KnownContentDesk::describe).mkString("; "))));
    }

    /** A match as the evidence writes it: list, entry, hash and distance, classification, day added. */
    public static String describe(KnownMatch match) {
        return "list '" + match.list().value() + "' (" + match.jurisdiction() + "), entry " + match.entry() + ", "
                + match.stored().algorithm().written() + (match.exact() ? " exact" : " at distance " + match.distance())
                + ", " + match.classification() + ", added " + match.added();
    }
}
