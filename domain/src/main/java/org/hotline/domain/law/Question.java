package org.hotline.domain.law;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * One observable fact an analyst records. The answers are closed: the analyst picks one.
 *
 * @param id stable identifier, such as {@code media}
 * @param label the question as the analyst reads it
 * @param help what to look for, where it is not obvious
 * @param answers the possible answers, in the order shown
 */
public record Question(String id, String label, String help, List<Answer> answers) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(answers, "answers");
        if (!id.matches("[a-z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("question identifiers are lower camel case: " + id);
        }
        if (answers.size() < 2 || answers.map(Answer::id).distinct().size() != answers.size()) {
            throw new IllegalArgumentException("a question has at least two distinct answers: " + id);
        }
    }

    public Option<Answer> answer(String answerId) {
        return answers.find(a -> a.id().equals(answerId));
    }

    /** A question whose answers are the constants of an enum, labelled by the given function. */
    public static <E extends Enum<E>> Question of(String id, String label, String help, Class<E> values,
            java.util.function.Function<E, String> labels) {
        return new Question(id, label, help, List.of(values.getEnumConstants()).map(v -> new Answer(v.name(), labels.apply(v))));
    }
}
