package org.hotline.adapters.law.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.vavr.control.Option;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each Belgian rule on its own: the facts it decides, and the facts it leaves to the next rule ({@code -}). */
class BelgianRulesTest {

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} on {5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            text-or-audio-outside-visual-definition       | TEXT_OR_AUDIO            | ADULT         | UNKNOWN      | NONE                            | 2024-01-01 | NEEDS_LEGAL_REVIEW
            text-or-audio-outside-visual-definition       | PHOTO_OR_VIDEO           | ADULT         | UNKNOWN      | NONE                            | 2024-01-01 | -
            non-realistic-image-unsettled                 | NON_PHOTOGRAPHIC         | ADULT         | NON_EXISTENT | NONE                            | 2024-01-01 | NEEDS_LEGAL_REVIEW
            non-realistic-image-unsettled                 | PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS           | 2024-01-01 | -
            image-generator-not-modelled                  | GENERATOR_TOOL           | UNDETERMINED  | UNKNOWN      | NONE                            | 2024-01-01 | NEEDS_LEGAL_REVIEW
            image-generator-not-modelled                  | TEXT_OR_AUDIO            | UNDETERMINED  | UNKNOWN      | NONE                            | 2024-01-01 | -
            no-sexual-conduct-or-organ-focus              | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | OTHER_SEXUALISED                | 2024-01-01 | NOT_ILLEGAL
            no-sexual-conduct-or-organ-focus              | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | GENITAL_OR_ANAL_FOCUS           | 2024-01-01 | -
            appears-adult                                 | PHOTO_OR_VIDEO           | ADULT         | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | NOT_ILLEGAL
            appears-adult                                 | PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            age-cannot-be-judged                          | PHOTO_OR_VIDEO           | UNDETERMINED  | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | NEEDS_LEGAL_REVIEW
            age-cannot-be-judged                          | PHOTO_OR_VIDEO           | ADULT         | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            art-383bis-real-minor                         | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY | 1995-04-13 | ILLEGAL
            art-383bis-real-minor                         | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY | 2022-05-31 | ILLEGAL
            art-383bis-real-minor                         | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY | 1995-04-12 | -
            art-383bis-real-minor                         | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY | 2022-06-01 | -
            art-383bis-real-minor                         | PHOTO_OR_VIDEO           | UNDER_13      | UNKNOWN      | NON_PENETRATIVE_SEXUAL_ACTIVITY | 2020-01-01 | -
            art-383bis-real-minor                         | NON_PHOTOGRAPHIC         | UNDER_13      | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY | 2020-01-01 | -
            before-june-2022-unsettled                    | PHOTO_OR_VIDEO           | UNDER_13      | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY     | 2022-05-31 | NEEDS_LEGAL_REVIEW
            before-june-2022-unsettled                    | PHOTO_OR_VIDEO           | UNDER_13      | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY     | 2022-06-01 | -
            art-417-43-1-real-minor                       | PHOTO_OR_VIDEO           | AGE_13_TO_17  | REAL         | GENITAL_OR_ANAL_FOCUS           | 2022-06-01 | ILLEGAL
            art-417-43-1-real-minor                       | PHOTO_OR_VIDEO           | AGE_13_TO_17  | REAL         | GENITAL_OR_ANAL_FOCUS           | 2022-05-31 | -
            art-417-43-1-real-minor                       | PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | GENITAL_OR_ANAL_FOCUS           | 2024-01-01 | -
            art-417-43-1-real-minor                       | PHOTO_OR_VIDEO           | AGE_13_TO_17  | REAL         | OTHER_SEXUALISED                | 2024-01-01 | -
            art-417-43-1-real-minor                       | TEXT_OR_AUDIO            | AGE_13_TO_17  | REAL         | GENITAL_OR_ANAL_FOCUS           | 2024-01-01 | -
            art-417-43-2-apparent-minor                   | PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | ILLEGAL
            art-417-43-2-apparent-minor                   | PHOTOREALISTIC_SYNTHETIC | AGE_13_TO_17  | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | ILLEGAL
            art-417-43-2-apparent-minor                   | PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            art-417-43-2-apparent-minor                   | PHOTO_OR_VIDEO           | ADULT         | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            art-417-43-2-apparent-minor                   | PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2022-05-31 | -
            art-417-43-3-realistic-non-existent-minor     | PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | ILLEGAL
            art-417-43-3-realistic-non-existent-minor     | DERIVED_FROM_PHOTO       | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            art-417-43-3-realistic-non-existent-minor     | NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            art-417-43-3-realistic-non-existent-minor     | PHOTOREALISTIC_SYNTHETIC | ADULT         | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            art-417-43-3-realistic-non-existent-minor     | PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY     | 2022-05-31 | -
            derived-image-of-non-existent-minor-unsettled | DERIVED_FROM_PHOTO       | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | NEEDS_LEGAL_REVIEW
            derived-image-of-non-existent-minor-unsettled | DERIVED_FROM_PHOTO       | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY     | 2024-01-01 | -
            """)
    void each_rule_decides_its_own_facts_and_leaves_the_others(String name, MediaKind media, AgeBand age,
            RealChild real, ContentClass content, LocalDate day, String expected) {
        LegalRule rule = BelgianRules.all().find(r -> r.name().equals(name)).get();

        Option<Verdict> verdict = rule.decide(Facts.of(media, age, real, content), day);

        assertThat(verdict.map(Verdict::kind).getOrElse("-")).isEqualTo(expected);
    }

    @Test
    void every_rule_has_rows_of_its_own_above() throws NoSuchMethodException {
        String table = getClass().getDeclaredMethod("each_rule_decides_its_own_facts_and_leaves_the_others", String.class,
                MediaKind.class, AgeBand.class, RealChild.class, ContentClass.class, LocalDate.class, String.class)
                .getAnnotation(CsvSource.class).textBlock();

        assertThat(BelgianRules.all()).allSatisfy(rule -> {
            assertThat(table).as("a row deciding with " + rule.name()).containsPattern("(?m)^" + rule.name() + " +\\|.*\\| [A-Z_]+$");
            assertThat(table).as("a row left by " + rule.name()).containsPattern("(?m)^" + rule.name() + " +\\|.*\\| -$");
        });
    }

    @Test
    void the_new_code_is_cited_beside_the_verified_limb_from_its_announced_day() {
        Facts realMinor = Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL,
                ContentClass.PENETRATIVE_SEXUAL_ACTIVITY);

        Verdict.Illegal before = (Verdict.Illegal) BelgianRules.REAL_MINOR.decide(realMinor, LocalDate.of(2026, 4, 7)).get();
        Verdict.Illegal after = (Verdict.Illegal) BelgianRules.REAL_MINOR.decide(realMinor, LocalDate.of(2026, 4, 8)).get();

        assertThat(before.references()).containsExactly(BelgianStatutes.ART_417_43_1);
        assertThat(after.references()).containsExactly(BelgianStatutes.ART_417_43_1, BelgianStatutes.NEW_CODE);
        assertThat(after.reason()).contains("unverified article number");
    }
}
