package org.hotline.adapters.law.uk;

import io.vavr.collection.List;
import org.hotline.domain.law.Answer;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.Question;

/** The questions UK law asks beyond the core ones: the limbs of its tests that the core facts do not cover. */
final class UkQuestions {

    static final String PORNOGRAPHIC = "pornographic";
    static final String GROSSLY_OFFENSIVE = "grosslyOffensive";
    static final String INDECENT = "indecent";
    static final String YES = "YES";
    static final String NO = "NO";

    private UkQuestions() {
    }

    static List<Question> all() {
        return List.of(
                yesOrNo(PORNOGRAPHIC, "Is it pornographic?", "Of such a nature that it must reasonably be assumed to"
                        + " have been produced solely or principally for sexual arousal. Decides only for drawings,"
                        + " cartoons and other non-photographic images."),
                yesOrNo(GROSSLY_OFFENSIVE, "Is it grossly offensive, disgusting or otherwise obscene?", "Decides only"
                        + " for drawings, cartoons and other non-photographic images."),
                yesOrNo(INDECENT, "Is it indecent, by recognised standards of propriety?", "Decides only where the"
                        + " material shows neither sexual activity nor a genital or anal focus: such material of a child"
                        + " is indecent as such."));
    }

    static boolean yes(Facts facts, String question) {
        return facts.answered(question, YES);
    }

    private static Question yesOrNo(String id, String label, String help) {
        return new Question(id, label, help, List.of(new Answer(YES, "Yes"), new Answer(NO, "No")));
    }
}
