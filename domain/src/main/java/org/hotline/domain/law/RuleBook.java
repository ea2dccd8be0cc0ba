package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Applies a country's rules in order: the first rule that decides gives the verdict. When no rule decides, the
 * verdict is a legal review, so classification is total: every set of facts gets exactly one verdict.
 */
public final class RuleBook {

    public static final String NO_RULE = "no rule applies";

    private final List<LegalRule> rules;

    public RuleBook(List<LegalRule> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (rules.map(LegalRule::name).distinct().size() != rules.size()) {
            throw new IllegalArgumentException("rule names must be distinct: " + rules.map(LegalRule::name));
        }
    }

    public List<LegalRule> rules() {
        return rules;
    }

    public Classification classify(Facts facts, LocalDate assessedOn) {
        boolean baseline = InterpolBaseline.applies(facts);
        for (LegalRule rule : rules) {
            Option<Verdict> verdict = rule.decide(facts, assessedOn);
            if (verdict.isDefined()) {
                return new Classification(verdict.get(), rule.name(), baseline, assessedOn);
            }
        }
        return new Classification(new Verdict.NeedsLegalReview("No rule of this jurisdiction decides these facts."),
                NO_RULE, baseline, assessedOn);
    }
}
