package org.hotline.domain.law;

import java.time.LocalDate;

import io.vavr.collection.List;
import org.hotline.domain.CountryCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * A jurisdiction's law on child sexual abuse material: what an analyst must record, and what the law says of it on
 * a given day. Implemented once per country, in that country's law adapter.
 */
@SecondaryPort
public interface NationalLaw {

    CountryCode jurisdiction();

    /** The questions an analyst answers: the core questions, then this country's own. */
    Questionnaire questionnaire();

    /**
     * The verdict for the facts under the law in force on {@code lawDate} (the day the material was seen), the rule
     * that gave it, the baseline flag, and the rule book's version. Total and deterministic: every set of facts the
     * questionnaire can produce gets exactly one verdict, always the same one.
     */
    Classification classify(Facts facts, LocalDate lawDate);

    /** The version of the rules, as every classification is stamped with it. */
    String ruleBookVersion();

    /** Every provision this law may cite, for a legal adviser to rely on; the ones its verdicts cite among them. */
    List<StatuteReference> provisions();

    /** True where an appeal must be decided by someone who took no part in the first decision (as in the UK). */
    boolean appealNeedsUninvolvedReviewer();

    /**
     * The words of this law in a language, from the adapter's own bundles; by default the texts as the adapter wrote
     * them, whatever the language.
     */
    default LawWording wording(java.util.Locale language) {
        return LawWording.asWritten(language);
    }
}
