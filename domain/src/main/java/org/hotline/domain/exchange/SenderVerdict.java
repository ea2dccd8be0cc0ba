package org.hotline.domain.exchange;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the sending hotline's law said of the material: the kind of verdict ({@code ILLEGAL}), the national category
 * (the provisions cited and the grade, in the sender's words), whether it is INTERPOL baseline, and the rule book that
 * decided ({@code BE 2}). The receiving hotline re-assesses under its own law; this is its starting point.
 */
@ValueObject
public record SenderVerdict(String kind, String nationalCategory, boolean baseline, String ruleBook) {

    public static final int MAX_TEXT = 2000;

    public SenderVerdict {
        Referral.text(kind, "kind", 40);
        Referral.text(nationalCategory, "nationalCategory", MAX_TEXT);
        Referral.text(ruleBook, "ruleBook", 100);
    }

    /** One line for people: {@code ILLEGAL (Art. 383bis §1 Sw.; grade A) - INTERPOL baseline - rule book BE 2}. */
    public String describe() {
        return kind + (nationalCategory.isEmpty() ? "" : " (" + nationalCategory + ")")
                + (baseline ? " - INTERPOL baseline" : "") + " - rule book " + ruleBook;
    }
}
