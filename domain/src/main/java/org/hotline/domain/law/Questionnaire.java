package org.hotline.domain.law;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Validation;
import org.hotline.domain.FieldError;

/**
 * The questions an analyst answers for a jurisdiction: the core questions first, then the country's own. Turns a
 * set of answers, as they come from a form, into {@link Facts}, or says which answers are missing or wrong.
 */
public record Questionnaire(List<Question> questions) {

    public Questionnaire {
        Objects.requireNonNull(questions, "questions");
        if (questions.map(Question::id).distinct().size() != questions.size()) {
            throw new IllegalArgumentException("question identifiers must be distinct");
        }
    }

    /** The core questions followed by a jurisdiction's own. */
    public static Questionnaire of(List<Question> nationalQuestions) {
        List<Question> core = CoreQuestions.all();
        if (nationalQuestions.exists(q -> core.exists(c -> c.id().equals(q.id())))) {
            throw new IllegalArgumentException("a national question may not reuse a core question's identifier");
        }
        return new Questionnaire(core.appendAll(nationalQuestions));
    }

    public List<Question> nationalQuestions() {
        return questions.drop(CoreQuestions.all().size());
    }

    /** Reads answers by question identifier; every question must be answered with one of its answers. */
    public Validation<Seq<FieldError>, Facts> read(java.util.Map<String, String> answers) {
        List<FieldError> errors = List.empty();
        Map<String, String> chosen = TreeMap.empty();
        for (Question question : questions) {
            String given = answers.get(question.id());
            if (given == null || given.isBlank()) {
                errors = errors.append(new FieldError(question.id(), "required", "Answer this question."));
            } else if (question.answer(given).isEmpty()) {
                errors = errors.append(new FieldError(question.id(), "answer.unknown", "Choose one of the answers given."));
            } else {
                chosen = chosen.put(question.id(), given);
            }
        }
        for (String asked : answers.keySet()) {
            if (questions.forAll(q -> !q.id().equals(asked))) {
                errors = errors.append(new FieldError(asked, "question.unknown", "There is no such question."));
            }
        }
        if (!errors.isEmpty()) {
            return Validation.invalid(errors);
        }
        Map<String, String> national = chosen.filterKeys(id -> nationalQuestions().exists(q -> q.id().equals(id)));
        return Validation.valid(new Facts(
                MediaKind.valueOf(chosen.get(CoreQuestions.MEDIA).get()),
                AgeBand.valueOf(chosen.get(CoreQuestions.AGE).get()),
                RealChild.valueOf(chosen.get(CoreQuestions.REAL_CHILD).get()),
                ContentClass.valueOf(chosen.get(CoreQuestions.CONTENT).get()),
                national));
    }

    /** Every possible set of answers, as facts: what the contract kit classifies to prove a law is total. */
    public List<Facts> everyCombination() {
        List<TreeMap<String, String>> combinations = List.of(TreeMap.empty());
        for (Question question : questions) {
            combinations = combinations.flatMap(partial -> question.answers().map(answer -> partial.put(question.id(), answer.id())));
        }
        return combinations.map(answers -> read(answers.toJavaMap()).toEither().getOrElseThrow(
                errors -> new IllegalStateException("a generated combination is invalid: " + errors)));
    }
}
