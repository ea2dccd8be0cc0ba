package org.hotline.adapters.law.uk;

import java.time.LocalDate;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.law.RuleBasedLaw;
import org.hotline.domain.law.RuleBook;

/**
 * The United Kingdom (ISO code GB), as the program finds it through ServiceLoader. Its one setting is the
 * commencement day of SOA 2003 s.46A, which was not known when the adapter was written. Appeals are re-assessed by a
 * manager who took no part in the first decision.
 */
public final class UnitedKingdom implements Jurisdiction {

    static final CountryCode CODE = new CountryCode("GB");

    /** The version of the UK rules, stamped on every verdict with the s.46A setting; raised whenever a rule changes. */
    static final String RULE_BOOK = "GB 2";

    /** The setting that gives the commencement day of s.46A. */
    static final String S46A_COMMENCEMENT = "uk.s46a.commencement";
    static final String S46A_COMMENCEMENT_VARIABLE = JurisdictionSettings.variableFor(S46A_COMMENCEMENT);

    @Override
    public CountryCode country() {
        return CODE;
    }

    @Override
    public String name() {
        return "United Kingdom";
    }

    /**
     * The UK law with s.46A gated on the configured commencement day.
     *
     * @throws IllegalArgumentException naming the environment variable, when the day is not a date or falls before
     *         the Royal Assent of the Act that inserted s.46A
     */
    @Override
    public NationalLaw law(JurisdictionSettings settings) {
        Option<LocalDate> commencement = settings.date(S46A_COMMENCEMENT)
                .getOrElseThrow((String problem) -> new IllegalArgumentException(problem));
        if (commencement.exists(day -> day.isBefore(UkStatutes.S46A_ROYAL_ASSENT))) {
            throw new IllegalArgumentException(S46A_COMMENCEMENT_VARIABLE + " is " + commencement.get() + ", but s.46A"
                    + " was inserted by the Crime and Policing Act 2026, which received Royal Assent on "
                    + UkStatutes.S46A_ROYAL_ASSENT + ": it cannot commence before that day.");
        }
        return new RuleBasedLaw(CODE, Questionnaire.of(UkQuestions.all()), new RuleBook(ruleBookVersion(commencement),
                UkRules.all(commencement), UkStatutes.all(commencement)), true);
    }

    /** The version of the UK rules with the setting that changes what they decide: the commencement of s.46A. */
    static String ruleBookVersion(Option<LocalDate> commencement) {
        return RULE_BOOK + " (s.46A " + commencement.map(day -> "from " + day).getOrElse("commencement not set") + ")";
    }

    @Override
    public CooperationAgreement agreement(JurisdictionSettings settings) {
        return new UkCooperationAgreement();
    }
}
