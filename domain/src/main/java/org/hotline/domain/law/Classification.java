package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The outcome of classifying facts: the national verdict, the rule that gave it, and, independently of any country,
 * whether the material is INTERPOL baseline; stamped with the day whose law was applied and the version of the rule
 * book that applied it, so that a verdict can always be traced to the law and the rules behind it.
 *
 * @param lawDate the day whose law decided: the day the material was seen, not the day it was assessed
 * @param ruleBook the version of the rule book that decided, such as {@code BE 2}
 */
public record Classification(Verdict verdict, String rule, boolean baseline, LocalDate lawDate, String ruleBook) {

    public Classification {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(lawDate, "lawDate");
        Objects.requireNonNull(ruleBook, "ruleBook");
    }

    /**
     * True when the other classification comes to the same: the same kind of verdict, by the same rule, citing the
     * same provisions with the same severity. The wording of reasons and notes may differ.
     */
    public boolean decidesAlike(Classification other) {
        return verdict.kind().equals(other.verdict.kind()) && rule.equals(other.rule)
                && citationsOf(verdict).equals(citationsOf(other.verdict)) && severityOf(verdict).equals(severityOf(other.verdict));
    }

    private static io.vavr.collection.List<String> citationsOf(Verdict verdict) {
        return verdict instanceof Verdict.Illegal illegal ? illegal.references().map(StatuteReference::citation)
                : io.vavr.collection.List.empty();
    }

    private static io.vavr.control.Option<Severity> severityOf(Verdict verdict) {
        return verdict instanceof Verdict.Illegal illegal ? illegal.severity() : io.vavr.control.Option.none();
    }
}
