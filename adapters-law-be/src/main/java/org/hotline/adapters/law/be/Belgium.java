package org.hotline.adapters.law.be;

import io.vavr.collection.List;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.law.RuleBasedLaw;
import org.hotline.domain.law.RuleBook;
import org.hotline.domain.law.WordedLaw;

/**
 * Belgium, as the program finds it through ServiceLoader. The Belgian law asks only the core questions and takes no
 * settings; appeals need no reviewer outside the first decision, as no Belgian source asks for one. Its words come in
 * English (as written here), Dutch and French ({@link BelgianWording}).
 */
public final class Belgium implements Jurisdiction {

    static final CountryCode CODE = new CountryCode("BE");

    /** The version of the Belgian rules, stamped on every verdict; raised whenever a rule changes. */
    static final String RULE_BOOK = "BE 2";

    @Override
    public CountryCode country() {
        return CODE;
    }

    @Override
    public String name() {
        return "Belgium";
    }

    @Override
    public NationalLaw law(JurisdictionSettings settings) {
        return new WordedLaw(new RuleBasedLaw(CODE, Questionnaire.of(List.empty()),
                new RuleBook(RULE_BOOK, BelgianRules.all(), BelgianStatutes.all()), false), BelgianWording::new);
    }

    @Override
    public CooperationAgreement agreement(JurisdictionSettings settings) {
        return new BelgianCooperationProtocol();
    }
}
