package org.hotline.domain.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.testing.TestLaw;
import org.junit.jupiter.api.Test;

class LawWordingTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final NationalLaw law = TestLaw.withUninvolvedReviewer(false);
    private final Question media = law.questionnaire().questions().head();

    @Test
    void a_text_the_bundle_has_is_shown_and_one_it_lacks_is_the_adapters_own_never_its_key() {
        var wording = new LawWording(DUTCH, texts(Map.of("question.media", "Wat voor materiaal is het?",
                "answer.media.PHOTO_OR_VIDEO", "Foto of video")));

        assertThat(wording.question(media)).isEqualTo("Wat voor materiaal is het?");
        assertThat(wording.help(media)).isEqualTo(media.help());
        assertThat(wording.answer(media, media.answer("PHOTO_OR_VIDEO").get())).isEqualTo("Foto of video");
        assertThat(wording.answer(media, media.answer("TEXT_OR_AUDIO").get()))
                .isEqualTo(media.answer("TEXT_OR_AUDIO").get().label());
    }

    @Test
    void a_blank_text_counts_as_missing() {
        var wording = new LawWording(DUTCH, key -> Option.some(" "));

        assertThat(wording.question(media)).isEqualTo(media.label());
        assertThat(wording.text("question.media")).isEmpty();
    }

    @Test
    void a_verdicts_reason_is_worded_by_its_rule_and_statutes_by_their_citations_slug() {
        Classification classification = law.classify(Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL,
                ContentClass.PENETRATIVE_SEXUAL_ACTIVITY), LocalDate.of(2026, 5, 4));
        var wording = new LawWording(DUTCH, texts(Map.of("rule." + classification.rule(), "Illegaal volgens de testwet.",
                "statute.test-act-s-1", "Testwet art. 1", "statute.test-act-s-1.note", "Een noot.")));

        assertThat(wording.reason(classification)).isEqualTo("Illegaal volgens de testwet.");
        assertThat(LawWording.slugOf(TestLaw.SECTION_1)).isEqualTo("test-act-s-1");
        assertThat(wording.citation(TestLaw.SECTION_1)).isEqualTo("Testwet art. 1");
        assertThat(wording.note(TestLaw.SECTION_1)).isEqualTo("Een noot.");
        assertThat(wording.citation(TestLaw.SECTION_2)).isEqualTo(TestLaw.SECTION_2.citation());
        assertThat(LawWording.asWritten(DUTCH).reason(classification)).isEqualTo(classification.verdict().reason());
    }

    @Test
    void the_keys_of_a_law_are_each_questions_label_help_and_answers_then_each_statutes_title_and_note() {
        var keys = LawWording.keysOf(law.questionnaire(), List.of(TestLaw.SECTION_1));

        assertThat(keys).startsWith("question.media", "question.media.help", "answer.media.PHOTO_OR_VIDEO")
                .contains("question.watermarked", "answer.watermarked.YES")
                .endsWith("statute.test-act-s-1", "statute.test-act-s-1.note")
                .doesNotHaveDuplicates();
        assertThat(keys).hasSize(law.questionnaire().questions().map(q -> 2 + q.answers().size()).sum().intValue() + 2);
    }

    @Test
    void a_worded_law_decides_as_its_law_and_words_as_its_adapter() {
        var worded = new WordedLaw(law, language -> new LawWording(language, key -> Option.some("nl " + key)));
        Facts facts = Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL, ContentClass.NONE);

        assertThat(worded.classify(facts, LocalDate.of(2026, 5, 4))).isEqualTo(law.classify(facts, LocalDate.of(2026, 5, 4)));
        assertThat(worded.jurisdiction()).isEqualTo(law.jurisdiction());
        assertThat(worded.questionnaire()).isEqualTo(law.questionnaire());
        assertThat(worded.ruleBookVersion()).isEqualTo(law.ruleBookVersion());
        assertThat(worded.provisions()).isEqualTo(law.provisions());
        assertThat(worded.appealNeedsUninvolvedReviewer()).isEqualTo(law.appealNeedsUninvolvedReviewer());
        assertThat(worded.wording(DUTCH).question(media)).isEqualTo("nl question.media");
        assertThat(worded.wording(DUTCH).language()).isEqualTo(DUTCH);
        assertThat(law.wording(DUTCH).question(media)).isEqualTo(media.label());
    }

    private static java.util.function.Function<String, Option<String>> texts(Map<String, String> byKey) {
        return key -> Option.of(byKey.get(key));
    }
}
