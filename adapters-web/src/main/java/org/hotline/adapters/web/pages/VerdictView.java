package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * What the home jurisdiction's law said of an analyst's answers, as a preview or in a case's history.
 *
 * @param kind {@code ILLEGAL}, {@code NOT_ILLEGAL} or {@code NEEDS_LEGAL_REVIEW}
 * @param rule the name of the rule that decided
 * @param baseline true when the material is INTERPOL baseline
 * @param lawDate the day whose law was applied: the day the material was seen
 * @param lawDateCorrection why that day is not the day of the first report, where someone corrected it
 * @param ruleBook the version of the rule book that decided
 */
public record VerdictView(String kind, String reason, String rule, List<Reference> references, Optional<String> severity,
        boolean baseline, String lawDate, Optional<String> lawDateCorrection, String ruleBook) {

    /** A statute the verdict rests on, with its period in force; {@code verified} false where it could not be checked. */
    public record Reference(String citation, String from, Optional<String> until, boolean verified, String note) {
    }
}
