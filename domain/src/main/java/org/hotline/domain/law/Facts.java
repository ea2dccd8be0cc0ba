package org.hotline.domain.law;

import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What an analyst recorded about the material: the four facts every jurisdiction asks for, typed, and the answers
 * to the home jurisdiction's own questions, by question identifier.
 */
@ValueObject
public record Facts(MediaKind media, AgeBand age, RealChild realChild, ContentClass content, Map<String, String> national) {

    public Facts {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(realChild, "realChild");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(national, "national");
    }

    public static Facts of(MediaKind media, AgeBand age, RealChild realChild, ContentClass content) {
        return new Facts(media, age, realChild, content, TreeMap.empty());
    }

    public Facts with(String question, String answer) {
        return new Facts(media, age, realChild, content, national.put(question, answer));
    }

    /** The answer to a national question; none when the questionnaire that recorded these facts had no such question. */
    public Option<String> answer(String question) {
        return national.get(question);
    }

    /** True when the national question was answered with the given answer. */
    public boolean answered(String question, String answer) {
        return national.get(question).contains(answer);
    }

    /** All answers by question identifier, the core ones included: how facts are stored and shown. */
    public Map<String, String> asAnswers() {
        return national
                .put(CoreQuestions.MEDIA, media.name())
                .put(CoreQuestions.AGE, age.name())
                .put(CoreQuestions.REAL_CHILD, realChild.name())
                .put(CoreQuestions.CONTENT, content.name());
    }
}
