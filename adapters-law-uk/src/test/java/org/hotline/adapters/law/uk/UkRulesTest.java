package org.hotline.adapters.law.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each UK rule on its own: the facts it decides, and the facts it leaves to the next rule ({@code -}). */
class UkRulesTest {

    private static final List<LegalRule> RULES = UkRules.all(Option.some(LocalDate.of(2027, 1, 1)));

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} porn={5} gross={6} indecent={7} act={8} on {9} -> {10}")
    @CsvSource(delimiter = '|', textBlock = """
            appears-adult                       | GENERATOR_TOOL           | ADULT         | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | YES | NONE_OF_THESE  | 2027-01-01 | NOT_ILLEGAL
            appears-adult                       | TEXT_OR_AUDIO            | ADULT         | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2001-01-01 | NOT_ILLEGAL
            appears-adult                       | PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | -
            text-or-audio-nothing-sexual        | TEXT_OR_AUDIO            | UNDER_13      | REAL         | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL
            text-or-audio-nothing-sexual        | TEXT_OR_AUDIO            | UNDER_13      | REAL         | OTHER_SEXUALISED                      | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            text-or-audio-nothing-sexual        | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            text-or-audio-not-an-image          | TEXT_OR_AUDIO            | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NEEDS_LEGAL_REVIEW
            text-or-audio-not-an-image          | NON_PHOTOGRAPHIC         | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            tool-not-made-for-abuse-images      | GENERATOR_TOOL           | UNDER_13      | UNKNOWN      | OTHER_SEXUALISED                      | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | NOT_ILLEGAL
            tool-not-made-for-abuse-images      | GENERATOR_TOOL           | UNDETERMINED  | UNKNOWN      | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | NOT_ILLEGAL
            tool-not-made-for-abuse-images      | GENERATOR_TOOL           | UNDER_13      | UNKNOWN      | OTHER_SEXUALISED                      | NO  | NO  | YES | NONE_OF_THESE  | 2027-01-01 | -
            tool-not-made-for-abuse-images      | GENERATOR_TOOL           | UNDER_13      | UNKNOWN      | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | -
            tool-not-made-for-abuse-images      | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | -
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | NO  | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NONE                                  | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | NONE_OF_THESE  | 1990-01-01 | NOT_ILLEGAL
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | MASTURBATION   | 2024-01-01 | -
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | YES | YES | NO  | WITH_AN_ANIMAL | 2024-01-01 | -
            s62-limb-not-met                    | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | -
            s62-limb-not-met                    | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            not-indecent                        | DERIVED_FROM_PHOTO       | UNDER_13      | REAL         | OTHER_SEXUALISED                      | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL
            not-indecent                        | PHOTO_OR_VIDEO           | UNDETERMINED  | REAL         | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2001-01-01 | NOT_ILLEGAL
            not-indecent                        | DERIVED_FROM_PHOTO       | UNDER_13      | REAL         | OTHER_SEXUALISED                      | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | -
            not-indecent                        | DERIVED_FROM_PHOTO       | UNDER_13      | REAL         | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            not-indecent                        | NON_PHOTOGRAPHIC         | UNDER_13      | REAL         | OTHER_SEXUALISED                      | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            law-before-8-july-2008-not-modelled | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2008-07-07 | NEEDS_LEGAL_REVIEW
            law-before-8-july-2008-not-modelled | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2008-07-08 | -
            age-cannot-be-judged                | NON_PHOTOGRAPHIC         | UNDETERMINED  | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NEEDS_LEGAL_REVIEW
            age-cannot-be-judged                | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | -
            s46a-image-generator                | GENERATOR_TOOL           | UNDER_13      | UNKNOWN      | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | ILLEGAL
            s46a-image-generator                | GENERATOR_TOOL           | APPEARS_MINOR | NON_EXISTENT | OTHER_SEXUALISED                      | NO  | NO  | YES | NONE_OF_THESE  | 2027-01-01 | ILLEGAL
            s46a-image-generator                | GENERATOR_TOOL           | UNDER_13      | UNKNOWN      | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2026-12-31 | NEEDS_LEGAL_REVIEW
            s46a-image-generator                | GENERATOR_TOOL           | UNDETERMINED  | UNKNOWN      | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | -
            s46a-image-generator                | PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | -
            s62-prohibited-image                | NON_PHOTOGRAPHIC         | AGE_13_TO_17  | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL
            s62-prohibited-image                | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | MASTURBATION   | 2024-01-01 | ILLEGAL
            s62-prohibited-image                | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | YES | YES | NO  | WITH_AN_ANIMAL | 2024-01-01 | ILLEGAL
            s62-prohibited-image                | NON_PHOTOGRAPHIC         | AGE_13_TO_17  | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | YES | YES | NO  | NONE_OF_THESE  | 2010-04-05 | NEEDS_LEGAL_REVIEW
            s62-prohibited-image                | NON_PHOTOGRAPHIC         | ADULT         | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | -
            s62-prohibited-image                | NON_PHOTOGRAPHIC         | AGE_13_TO_17  | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | YES | NO  | NONE_OF_THESE  | 2024-01-01 | -
            s62-prohibited-image                | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | -
            s62-prohibited-image                | PHOTO_OR_VIDEO           | AGE_13_TO_17  | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | -
            pca-indecent-photograph             | PHOTO_OR_VIDEO           | APPEARS_MINOR | UNKNOWN      | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL
            pca-indecent-photograph             | PHOTO_OR_VIDEO           | APPEARS_MINOR | NON_EXISTENT | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            pca-indecent-photograph             | PHOTO_OR_VIDEO           | ADULT         | REAL         | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            pca-indecent-photograph             | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | OTHER_SEXUALISED                      | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            pca-indecent-pseudo-photograph      | PHOTOREALISTIC_SYNTHETIC | APPEARS_MINOR | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL
            pca-indecent-pseudo-photograph      | PHOTO_OR_VIDEO           | APPEARS_MINOR | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL
            pca-indecent-pseudo-photograph      | PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY       | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            pca-indecent-pseudo-photograph      | NON_PHOTOGRAPHIC         | APPEARS_MINOR | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            pca-indecent-derived-image          | DERIVED_FROM_PHOTO       | AGE_13_TO_17  | UNKNOWN      | NONE                                  | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | ILLEGAL
            pca-indecent-derived-image          | DERIVED_FROM_PHOTO       | AGE_13_TO_17  | UNKNOWN      | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            pca-indecent-derived-image          | PHOTO_OR_VIDEO           | AGE_13_TO_17  | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | -
            """)
    void each_rule_decides_its_own_facts_and_leaves_the_others(String name, MediaKind media, AgeBand age,
            RealChild real, ContentClass content, String pornographic, String grosslyOffensive, String indecent,
            String act, LocalDate day, String expected) {
        LegalRule rule = RULES.find(r -> r.name().equals(name)).get();

        Option<Verdict> verdict = rule.decide(UkLawTest.facts(media, age, real, content, pornographic, grosslyOffensive,
                indecent, act), day);

        assertThat(verdict.map(Verdict::kind).getOrElse("-")).isEqualTo(expected);
    }

    @Test
    void every_rule_has_rows_of_its_own_above() throws NoSuchMethodException {
        String table = getClass().getDeclaredMethod("each_rule_decides_its_own_facts_and_leaves_the_others", String.class,
                MediaKind.class, AgeBand.class, RealChild.class, ContentClass.class, String.class, String.class,
                String.class, String.class, LocalDate.class, String.class).getAnnotation(CsvSource.class).textBlock();

        assertThat(RULES).allSatisfy(rule -> {
            assertThat(table).as("a row deciding with " + rule.name()).containsPattern("(?m)^" + rule.name() + " +\\|.*\\| [A-Z_]+$");
            assertThat(table).as("a row left by " + rule.name()).containsPattern("(?m)^" + rule.name() + " +\\|.*\\| -$");
        });
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | A
            SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | 2024-01-01 | A
            NON_PENETRATIVE_SEXUAL_ACTIVITY       | 2024-01-01 | B
            GENITAL_OR_ANAL_FOCUS                 | 2024-01-01 | C
            OTHER_SEXUALISED                      | 2024-01-01 | C
            NONE                                  | 2024-01-01 | C
            PENETRATIVE_SEXUAL_ACTIVITY           | 2014-04-01 | A
            PENETRATIVE_SEXUAL_ACTIVITY           | 2014-03-31 | -
            """)
    void the_sentencing_council_category_follows_the_content_from_april_2014(ContentClass content, LocalDate day,
            String grade) {
        assertThat(UkRules.category(content, day).map(Severity::grade).getOrElse("-")).isEqualTo(grade);
        assertThat(UkRules.category(content, day).map(Severity::scale)).allMatch("Sentencing Council category"::equals);
    }

    @Test
    void a_limb_of_s62_that_is_not_met_is_named_in_the_reason() {
        Verdict verdict = UkRules.S62_LIMB_NOT_MET.decide(UkLawTest.facts(MediaKind.NON_PHOTOGRAPHIC, AgeBand.UNDER_13,
                RealChild.NON_EXISTENT, ContentClass.GENITAL_OR_ANAL_FOCUS, "YES", "NO", "NO", "NONE_OF_THESE"),
                LocalDate.of(2024, 1, 1)).get();

        assertThat(verdict.reason()).contains("not grossly offensive").doesNotContain("not pornographic");
    }

    @Test
    void every_act_s62_7_lists_meets_the_second_limb_and_only_those() {
        var day = LocalDate.of(2024, 1, 1);
        for (UkQuestions.PortrayedAct act : UkQuestions.PortrayedAct.values()) {
            var facts = UkLawTest.facts(MediaKind.NON_PHOTOGRAPHIC, AgeBand.UNDER_13, RealChild.NON_EXISTENT,
                    ContentClass.NON_PENETRATIVE_SEXUAL_ACTIVITY, "YES", "YES", "NO", act.name());
            assertThat(UkRules.S62_LIMB_NOT_MET.decide(facts, day).isEmpty()).as(act.name()).isEqualTo(act.listed());
        }
        assertThat(io.vavr.collection.List.of(UkQuestions.PortrayedAct.values()).filter(UkQuestions.PortrayedAct::listed))
                .hasSize(4);
    }
}
