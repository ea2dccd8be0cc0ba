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
    static final String PORTRAYED_ACT = "portrayedAct";
    static final String YES = "YES";
    static final String NO = "NO";

    /** The acts s.62(7) of the Coroners and Justice Act 2009 lists, as an analyst sees them, and none of them. */
    enum PortrayedAct {
        /** (a) Intercourse or oral sex with or in the presence of a child. */
        INTERCOURSE_OR_ORAL_SEX("Intercourse or oral sex, with or in the presence of a child"),
        /** (b) Masturbation by, of, involving or in the presence of a child. */
        MASTURBATION("Masturbation by, of, involving or in the presence of a child"),
        /** (c), (d) Penetration of a child's vagina or anus, or of another person's in the presence of a child. */
        PENETRATION("Penetration of a child's vagina or anus, or of another person's in the presence of a child"),
        /** (e), (f) Intercourse or oral sex with an animal, by a child or in the presence of a child. */
        WITH_AN_ANIMAL("Intercourse or oral sex with an animal (alive, dead or imaginary), by or in the presence of a child"),
        /** Anything else, such as touching or sadism without any of the acts above, or no act at all. */
        NONE_OF_THESE("None of these (another act, such as touching or sadism alone, or no act)");

        private final String label;

        PortrayedAct(String label) {
            this.label = label;
        }

        /** True for the acts s.62(7) lists. */
        boolean listed() {
            return this != NONE_OF_THESE;
        }
    }

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
                        + " is indecent as such."),
                Question.of(PORTRAYED_ACT, "Which of these acts does it portray?", "The acts listed in s.62(7) of the"
                        + " Coroners and Justice Act 2009. Decides only for drawings, cartoons and other"
                        + " non-photographic images; choose the first that applies.", PortrayedAct.class, act -> act.label));
    }

    /** The act the analyst recorded; none of the listed ones where the question was not asked. */
    static PortrayedAct act(Facts facts) {
        return facts.answer(PORTRAYED_ACT).map(PortrayedAct::valueOf).getOrElse(PortrayedAct.NONE_OF_THESE);
    }

    static boolean yes(Facts facts, String question) {
        return facts.answered(question, YES);
    }

    private static Question yesOrNo(String id, String label, String help) {
        return new Question(id, label, help, List.of(new Answer(YES, "Yes"), new Answer(NO, "No")));
    }
}
