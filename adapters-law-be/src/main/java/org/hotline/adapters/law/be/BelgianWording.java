package org.hotline.adapters.law.be;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

import io.vavr.control.Option;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.LawWording;
import org.hotline.domain.law.Verdict;

/**
 * The Belgian law's words in Dutch and French, as the country's two official languages of its Criminal Code word them,
 * from this adapter's bundles ({@code law_nl.properties}, {@code law_fr.properties} beside this class); in English, or a
 * language without a bundle, the texts as the code writes them.
 */
final class BelgianWording extends LawWording {

    static final String BUNDLE = "org.hotline.adapters.law.be.law";
    static final String NEW_CODE_BESIDE = "rule.new-code-cited-beside";

    BelgianWording(Locale language) {
        super(language, textsIn(language));
    }

    /** A limb's reason, and from the day the new Code is announced the sentence on why both are cited. */
    @Override
    public String reason(Classification classification) {
        Option<String> own = text("rule." + classification.rule());
        if (own.isEmpty()) {
            return super.reason(classification);
        }
        boolean besideNewCode = classification.verdict() instanceof Verdict.Illegal illegal
                && illegal.references().exists(cited -> cited.citation().equals(BelgianStatutes.NEW_CODE.citation()));
        return besideNewCode ? own.get() + text(NEW_CODE_BESIDE).map(sentence -> " " + sentence).getOrElse("") : own.get();
    }

    private static Function<String, Option<String>> textsIn(Locale language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, BelgianWording.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (!bundle.getLocale().getLanguage().equals(language.getLanguage())) {
                return key -> Option.none();
            }
            return key -> bundle.containsKey(key) ? Option.some(bundle.getString(key)) : Option.none();
        } catch (MissingResourceException noBundle) {
            return key -> Option.none();
        }
    }
}
