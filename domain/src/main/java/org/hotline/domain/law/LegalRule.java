package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import io.vavr.control.Option;

/**
 * One rule of a national law, as a small named function: it either decides a verdict for the facts under the law of
 * a day (the day the material was seen), or leaves them to the next rule. A country's law is its list of rules,
 * tried in order.
 */
public interface LegalRule {

    /** A name for the rule, shown with the verdict it gave and kept in the audit trail. */
    String name();

    Option<Verdict> decide(Facts facts, LocalDate lawDate);

    /** A rule that gives one verdict whenever the facts meet a condition, whatever the day, and else leaves them. */
    static LegalRule when(String name, Predicate<Facts> condition, Verdict verdict) {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(verdict, "verdict");
        return named(name, (facts, lawDate) -> condition.test(facts) ? Option.some(verdict) : Option.none());
    }

    static LegalRule named(String name, BiFunction<Facts, LocalDate, Option<Verdict>> decision) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decision, "decision");
        return new LegalRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Option<Verdict> decide(Facts facts, LocalDate lawDate) {
                return decision.apply(facts, lawDate);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
