package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The outcome of classifying facts: the national verdict, the rule that gave it, and, independently of any country,
 * whether the material is INTERPOL baseline.
 */
public record Classification(Verdict verdict, String rule, boolean baseline, LocalDate assessedOn) {

    public Classification {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(assessedOn, "assessedOn");
    }
}
