package org.hotline.domain.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import io.vavr.collection.List;
import org.hotline.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireTest {

    private static final Question SHADED = new Question("shaded", "Is it shaded?", "",
            List.of(new Answer("YES", "Yes"), new Answer("NO", "No")));

    private final Questionnaire questionnaire = Questionnaire.of(List.of(SHADED));

    private static Map<String, String> aCompleteSetOfAnswers() {
        Map<String, String> answers = new HashMap<>();
        answers.put(CoreQuestions.MEDIA, "NON_PHOTOGRAPHIC");
        answers.put(CoreQuestions.AGE, "UNDER_13");
        answers.put(CoreQuestions.REAL_CHILD, "NON_EXISTENT");
        answers.put(CoreQuestions.CONTENT, "GENITAL_OR_ANAL_FOCUS");
        answers.put("shaded", "YES");
        return answers;
    }

    @Test
    void the_core_questions_come_first_then_the_national_ones() {
        assertThat(questionnaire.questions().map(Question::id))
                .containsExactly(CoreQuestions.MEDIA, CoreQuestions.AGE, CoreQuestions.REAL_CHILD, CoreQuestions.CONTENT, "shaded");
        assertThat(questionnaire.nationalQuestions()).containsExactly(SHADED);
    }

    @Test
    void a_complete_set_of_answers_is_read_into_facts() {
        Facts facts = questionnaire.read(aCompleteSetOfAnswers()).get();

        assertThat(facts.media()).isEqualTo(MediaKind.NON_PHOTOGRAPHIC);
        assertThat(facts.age()).isEqualTo(AgeBand.UNDER_13);
        assertThat(facts.realChild()).isEqualTo(RealChild.NON_EXISTENT);
        assertThat(facts.content()).isEqualTo(ContentClass.GENITAL_OR_ANAL_FOCUS);
        assertThat(facts.answer("shaded").get()).isEqualTo("YES");
        assertThat(facts.national().keySet()).containsExactly("shaded");
    }

    @Test
    void a_missing_answer_is_an_error_on_that_question() {
        Map<String, String> answers = aCompleteSetOfAnswers();
        answers.remove(CoreQuestions.AGE);

        assertThat(questionnaire.read(answers).getError())
                .containsExactly(new FieldError(CoreQuestions.AGE, "required", "Answer this question."));
    }

    @ParameterizedTest(name = "{0}=''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            shaded | '  '     | required
            media  | HOLOGRAM | answer.unknown
            mood   | CALM     | question.unknown
            """)
    void a_blank_or_unknown_answer_or_question_is_an_error_named_by_that_question(String question, String answer,
            String code) {
        Map<String, String> answers = aCompleteSetOfAnswers();
        answers.put(question, answer);

        assertThat(questionnaire.read(answers).getError()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(question, code));
    }

    @Test
    void every_error_is_reported_at_once() {
        Map<String, String> answers = new HashMap<>();
        answers.put(CoreQuestions.CONTENT, "SOMETHING");

        assertThat(questionnaire.read(answers).getError().map(FieldError::field))
                .containsExactlyInAnyOrder(CoreQuestions.MEDIA, CoreQuestions.AGE, CoreQuestions.REAL_CHILD,
                        CoreQuestions.CONTENT, "shaded");
    }

    @Test
    void every_combination_is_each_possible_set_of_answers_once() {
        List<Facts> combinations = questionnaire.everyCombination();

        int expected = questionnaire.questions().map(q -> q.answers().size()).fold(1, (a, b) -> a * b);
        assertThat(expected).isEqualTo(6 * 5 * 3 * 6 * 2);
        assertThat(combinations).hasSize(expected);
        assertThat(combinations.distinct()).hasSize(expected);
        assertThat(combinations).allSatisfy(facts ->
                assertThat(questionnaire.read(facts.asAnswers().toJavaMap()).get()).isEqualTo(facts));
    }

    @Test
    void the_core_questions_alone_give_every_combination_of_the_four_core_facts() {
        List<Facts> combinations = Questionnaire.of(List.empty()).everyCombination();

        assertThat(combinations).hasSize(MediaKind.values().length * AgeBand.values().length
                * RealChild.values().length * ContentClass.values().length);
        assertThat(combinations).contains(
                Facts.of(MediaKind.GENERATOR_TOOL, AgeBand.UNDETERMINED, RealChild.UNKNOWN, ContentClass.NONE));
    }

    @Test
    void a_national_question_may_not_take_a_core_question_s_identifier() {
        Question media = new Question(CoreQuestions.MEDIA, "Again?", "", List.of(new Answer("A", "A"), new Answer("B", "B")));

        assertThatThrownBy(() -> Questionnaire.of(List.of(media))).isInstanceOf(IllegalArgumentException.class);
    }
}
