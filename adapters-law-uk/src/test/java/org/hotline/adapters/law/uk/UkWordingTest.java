package org.hotline.adapters.law.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import io.vavr.collection.List;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.LawWording;
import org.hotline.domain.law.NationalLaw;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UK adapter words its law in English only: for a member who reads Dutch or French, every question, answer and
 * statute falls back to the adapter's first language, English. The test lists each text that falls back, and proves
 * that what is shown is the adapter's English, never a key.
 */
class UkWordingTest {

    private final NationalLaw law = new UnitedKingdom().law(JurisdictionSettings.none());

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr"})
    void every_text_falls_back_to_english_and_none_shows_a_key(String language, TestReporter report) {
        LawWording wording = law.wording(Locale.forLanguageTag(language));

        List<String> fallingBack = LawWording.keysOf(law.questionnaire(), law.provisions())
                .filter(key -> wording.text(key).isEmpty());
        report.publishEntry("UK texts shown in English to a reader of " + language, fallingBack.mkString(", "));

        assertThat(fallingBack).hasSize(LawWording.keysOf(law.questionnaire(), law.provisions()).size());
        List<String> shown = law.questionnaire().questions().flatMap(q -> q.answers().map(a -> wording.answer(q, a))
                .prepend(wording.help(q)).prepend(wording.question(q)))
                .appendAll(law.provisions().flatMap(p -> List.of(wording.citation(p), wording.note(p))));
        List<String> english = law.questionnaire().questions().flatMap(q -> q.answers().map(a -> a.label())
                .prepend(q.help()).prepend(q.label()))
                .appendAll(law.provisions().flatMap(p -> List.of(p.citation(), p.note())));
        assertThat(shown).isEqualTo(english);
        assertThat(shown).noneMatch(text -> text.matches("(question|answer|rule|statute)\\.[\\w.-]+"));
    }
}
