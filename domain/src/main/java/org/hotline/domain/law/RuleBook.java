package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A country's rules, applied in order: the first rule that decides gives the verdict. When no rule decides, the
 * verdict is a legal review, so classification is total: every set of facts gets exactly one verdict.
 *
 * <p>A rule book has a version, stamped on every verdict it gives: raise it whenever a rule changes, and add to it
 * whatever setting changes what the rules decide (the UK's, for one, names the commencement day of s.46A). It also
 * lists the provisions its rules may cite, so that a legal adviser deciding a case can rely on any of them.
 */
public final class RuleBook {

    public static final String NO_RULE = "no rule applies";

    private final String version;
    private final List<LegalRule> rules;
    private final List<StatuteReference> provisions;

    /**
     * @param version what every verdict is stamped with, such as {@code BE 2}: at most 100 characters
     * @param rules tried in this order; their names are distinct
     * @param provisions every provision the rules may cite, each citation once
     */
    public RuleBook(String version, List<LegalRule> rules, List<StatuteReference> provisions) {
        this.version = Objects.requireNonNull(version, "version").strip();
        this.rules = Objects.requireNonNull(rules, "rules");
        this.provisions = Objects.requireNonNull(provisions, "provisions");
        if (this.version.isEmpty() || this.version.length() > 100) {
            throw new IllegalArgumentException("a rule book's version is 1 to 100 characters: '" + version + "'");
        }
        if (rules.map(LegalRule::name).distinct().size() != rules.size()) {
            throw new IllegalArgumentException("rule names must be distinct: " + rules.map(LegalRule::name));
        }
        if (provisions.map(StatuteReference::citation).distinct().size() != provisions.size()) {
            throw new IllegalArgumentException("each provision is listed once: " + provisions.map(StatuteReference::citation));
        }
    }

    public String version() {
        return version;
    }

    public List<LegalRule> rules() {
        return rules;
    }

    /** Every provision the rules may cite. */
    public List<StatuteReference> provisions() {
        return provisions;
    }

    public Classification classify(Facts facts, LocalDate lawDate) {
        boolean baseline = InterpolBaseline.applies(facts);
        for (LegalRule rule : rules) {
            Option<Verdict> verdict = rule.decide(facts, lawDate);
            if (verdict.isDefined()) {
                return new Classification(verdict.get(), rule.name(), baseline, lawDate, version);
            }
        }
        return new Classification(new Verdict.NeedsLegalReview("No rule of this jurisdiction decides these facts."),
                NO_RULE, baseline, lawDate, version);
    }
}
