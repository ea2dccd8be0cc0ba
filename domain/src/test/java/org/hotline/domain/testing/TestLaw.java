package org.hotline.domain.testing;

import java.time.LocalDate;
import java.util.HashMap;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Answer;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.CoreQuestions;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.RuleBasedLaw;
import org.hotline.domain.law.RuleBook;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;

/**
 * A small law of a made-up country (XT), for tests of the workbench: photographs or videos of a minor showing
 * explicit content are illegal under the Test Act s.1; synthetic images of a minor are illegal from 2026-03-02 under
 * s.2, and need a legal review before; nothing sexual is not illegal; the rest needs a legal review. One national
 * question ("watermarked?") shows that the law's own questionnaire is used.
 */
public final class TestLaw {

    public static final CountryCode COUNTRY = new CountryCode("XT");
    public static final String WATERMARKED = "watermarked";
    public static final LocalDate SECTION_2_IN_FORCE = LocalDate.of(2026, 3, 2);
    public static final StatuteReference SECTION_1 =
            StatuteReference.inForceSince("Test Act s.1", LocalDate.of(2000, 1, 1), "Made up for tests.");
    public static final StatuteReference SECTION_2 =
            StatuteReference.inForceSince("Test Act s.2", SECTION_2_IN_FORCE, "Made up for tests.").unverified("Not a real act.");
    public static final Severity GRADE_A = new Severity("Test scale", "A");

    private TestLaw() {
    }

    /** The law, with appeals decided by an uninvolved reviewer or not. */
    public static NationalLaw withUninvolvedReviewer(boolean uninvolvedReviewer) {
        return with(uninvolvedReviewer, SECTION_2);
    }

    /**
     * The law with section 2 in force from another day, as a setting would move it: its rule book's version says so,
     * and verdicts on synthetic images change with it.
     */
    public static NationalLaw withSection2From(LocalDate day) {
        return with(false, StatuteReference.inForceSince("Test Act s.2", day, "Made up for tests.").unverified("Not a real act."));
    }

    private static NationalLaw with(boolean uninvolvedReviewer, StatuteReference section2) {
        String version = "XT test 1 (s.2 from " + section2.effectiveFrom() + ")";
        return new RuleBasedLaw(COUNTRY, Questionnaire.of(List.of(new Question(WATERMARKED, "Is it watermarked?", "Any logo.",
                List.of(new Answer("YES", "Yes"), new Answer("NO", "No"))))), new RuleBook(version, List.of(
                LegalRule.when("real minor, explicit", facts -> facts.media() == MediaKind.PHOTO_OR_VIDEO
                        && facts.age().isMinor() && facts.content().isExplicit(),
                        new Verdict.Illegal(List.of(SECTION_1), Option.some(GRADE_A), "A photograph of abuse of a minor.")),
                LegalRule.named("synthetic minor", (facts, day) -> facts.media() == MediaKind.PHOTOREALISTIC_SYNTHETIC
                        && facts.age().isMinor() && section2.inForceOn(day)
                        ? Option.some(new Verdict.Illegal(List.of(section2), Option.none(), "A synthetic image of a minor."))
                        : Option.none()),
                LegalRule.when("nothing sexual", facts -> facts.content() == ContentClass.NONE,
                        new Verdict.NotIllegal("Nothing sexual is shown."))), List.of(SECTION_1, section2)),
                uninvolvedReviewer);
    }

    /** Answers to every question of the questionnaire, as a form sends them. */
    public static java.util.Map<String, String> answers(MediaKind media, AgeBand age, RealChild real, ContentClass content) {
        var answers = new HashMap<String, String>();
        answers.put(CoreQuestions.MEDIA, media.name());
        answers.put(CoreQuestions.AGE, age.name());
        answers.put(CoreQuestions.REAL_CHILD, real.name());
        answers.put(CoreQuestions.CONTENT, content.name());
        answers.put(WATERMARKED, "NO");
        return answers;
    }

    /** Answers the law finds illegal (and INTERPOL baseline). */
    public static java.util.Map<String, String> illegal() {
        return answers(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL, ContentClass.PENETRATIVE_SEXUAL_ACTIVITY);
    }

    /** Answers the law finds not illegal. */
    public static java.util.Map<String, String> notIllegal() {
        return answers(MediaKind.PHOTO_OR_VIDEO, AgeBand.ADULT, RealChild.REAL, ContentClass.NONE);
    }

    /** Answers the law does not settle. */
    public static java.util.Map<String, String> unsettled() {
        return answers(MediaKind.NON_PHOTOGRAPHIC, AgeBand.AGE_13_TO_17, RealChild.NON_EXISTENT, ContentClass.OTHER_SEXUALISED);
    }

    /** Answers the law finds illegal from the day section 2 is in force, and unsettled before. */
    public static java.util.Map<String, String> synthetic() {
        return answers(MediaKind.PHOTOREALISTIC_SYNTHETIC, AgeBand.UNDER_13, RealChild.NON_EXISTENT,
                ContentClass.NON_PENETRATIVE_SEXUAL_ACTIVITY);
    }
}
