package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Objects;

import org.hotline.domain.CountryCode;

/**
 * A national law made of a questionnaire and a rule book: what most law adapters need, so that an adapter writes
 * its questions and its rules and nothing else.
 */
public record RuleBasedLaw(CountryCode jurisdiction, Questionnaire questionnaire, RuleBook rules,
        boolean appealNeedsUninvolvedReviewer) implements NationalLaw {

    public RuleBasedLaw {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Classification classify(Facts facts, LocalDate lawDate) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(lawDate, "lawDate");
        return rules.classify(facts, lawDate);
    }

    @Override
    public String ruleBookVersion() {
        return rules.version();
    }

    @Override
    public io.vavr.collection.List<StatuteReference> provisions() {
        return rules.provisions();
    }
}
