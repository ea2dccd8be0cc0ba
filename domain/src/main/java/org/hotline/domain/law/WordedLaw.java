package org.hotline.domain.law;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import io.vavr.collection.List;
import org.hotline.domain.CountryCode;

/** A national law with the adapter's words for it in other languages; everything else is the law's own. */
public record WordedLaw(NationalLaw law, Function<Locale, LawWording> words) implements NationalLaw {

    public WordedLaw {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(words, "words");
    }

    @Override
    public CountryCode jurisdiction() {
        return law.jurisdiction();
    }

    @Override
    public Questionnaire questionnaire() {
        return law.questionnaire();
    }

    @Override
    public Classification classify(Facts facts, LocalDate lawDate) {
        return law.classify(facts, lawDate);
    }

    @Override
    public String ruleBookVersion() {
        return law.ruleBookVersion();
    }

    @Override
    public List<StatuteReference> provisions() {
        return law.provisions();
    }

    @Override
    public boolean appealNeedsUninvolvedReviewer() {
        return law.appealNeedsUninvolvedReviewer();
    }

    @Override
    public LawWording wording(Locale language) {
        return words.apply(language);
    }
}
