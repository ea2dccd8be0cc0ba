package org.hotline.adapters.law.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import io.vavr.collection.List;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.CoreQuestions;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.LawWording;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BelgianWordingTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final NationalLaw law = new Belgium().law(JurisdictionSettings.none());

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr"})
    void every_question_answer_reason_and_statute_is_worded_in_the_language_and_no_bundle_key_is_stale(String language) {
        Set<String> expected = new TreeSet<>(LawWording.keysOf(law.questionnaire(), law.provisions())
                .appendAll(BelgianRules.all().map(rule -> "rule." + rule.name()))
                .append(BelgianWording.NEW_CODE_BESIDE).toJavaList());
        ResourceBundle bundle = ResourceBundle.getBundle(BelgianWording.BUNDLE, Locale.forLanguageTag(language));
        Set<String> held = new TreeSet<>(bundle.keySet());

        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(held);
        Set<String> stale = new TreeSet<>(held);
        stale.removeAll(expected);
        assertThat(missing).as("keys the " + language + " bundle lacks").isEmpty();
        assertThat(stale).as("keys the " + language + " bundle holds that no text has").isEmpty();
    }

    @Test
    void a_dutch_verdict_gives_its_reason_and_statutes_in_dutch_with_the_sentence_on_the_new_code() {
        Classification classification = law.classify(Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL,
                ContentClass.PENETRATIVE_SEXUAL_ACTIVITY), LocalDate.of(2026, 5, 4));
        LawWording dutch = law.wording(DUTCH);

        assertThat(dutch.reason(classification)).startsWith("Een echte minderjarige in expliciete seksuele gedragingen")
                .endsWith("het geverifieerde artikel wordt ernaast vermeld.");
        var cited = ((Verdict.Illegal) classification.verdict()).references();
        assertThat(cited.map(dutch::citation)).containsExactly("Strafwetboek art. 417/43, 1°",
                "Strafwetboek van 29 februari 2024, Boek II: beelden van seksueel misbruik van minderjarigen"
                        + " (artikelnummer niet geverifieerd)");
        assertThat(dutch.note(cited.head())).startsWith("Boek II, Hoofdstuk I/1");
    }

    @Test
    void before_the_new_code_a_french_reason_has_no_sentence_on_it() {
        Classification classification = law.classify(Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL,
                ContentClass.PENETRATIVE_SEXUAL_ACTIVITY), LocalDate.of(2025, 5, 4));

        assertThat(law.wording(Locale.FRENCH).reason(classification)).isEqualTo("Un mineur réel dans un comportement"
                + " sexuellement explicite, ou dont les organes sexuels sont montrés à des fins principalement sexuelles.");
    }

    @Test
    void the_questionnaire_reads_in_french_answer_by_answer() {
        LawWording french = law.wording(Locale.FRENCH);
        Question media = law.questionnaire().questions().find(q -> q.id().equals(CoreQuestions.MEDIA)).get();

        assertThat(french.question(media)).isEqualTo("De quel type de matériel s'agit-il ?");
        assertThat(media.answers().map(answer -> french.answer(media, answer))).startsWith("Photo ou vidéo");
        assertThat(media.answers().map(answer -> french.answer(media, answer)))
                .doesNotContainAnyElementsOf(media.answers().map(answer -> answer.label()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void in_english_or_a_language_without_a_bundle_the_texts_are_as_the_code_writes_them(String language) {
        LawWording wording = law.wording(Locale.forLanguageTag(language));

        List<String> shown = law.questionnaire().questions().flatMap(q -> q.answers().map(a -> wording.answer(q, a))
                .prepend(wording.help(q)).prepend(wording.question(q)));
        List<String> written = law.questionnaire().questions().flatMap(q -> q.answers().map(a -> a.label())
                .prepend(q.help()).prepend(q.label()));
        assertThat(shown).isEqualTo(written);
        assertThat(law.provisions().map(wording::citation)).isEqualTo(law.provisions().map(p -> p.citation()));
    }

    @Test
    void a_legal_advisers_reasoning_is_shown_as_recorded_in_every_language() {
        Classification decided = new Classification(new Verdict.NotIllegal("My own reasoning."), "legal decision", false,
                LocalDate.of(2026, 5, 4), "BE 2");

        assertThat(law.wording(DUTCH).reason(decided)).isEqualTo("My own reasoning.");
    }
}
