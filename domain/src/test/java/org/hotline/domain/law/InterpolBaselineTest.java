package org.hotline.domain.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolBaselineTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | true
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY       | true
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | true
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | GENITAL_OR_ANAL_FOCUS                 | true
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | OTHER_SEXUALISED                      | false
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NONE                                  | false
            PHOTO_OR_VIDEO           | AGE_13_TO_17  | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            PHOTO_OR_VIDEO           | UNDETERMINED  | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            PHOTO_OR_VIDEO           | UNDER_13      | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY           | false
            PHOTO_OR_VIDEO           | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | false
            PHOTOREALISTIC_SYNTHETIC | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            DERIVED_FROM_PHOTO       | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            NON_PHOTOGRAPHIC         | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            TEXT_OR_AUDIO            | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            GENERATOR_TOOL           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | false
            """)
    void baseline_needs_a_photograph_of_a_real_child_under_13_and_explicit_content(MediaKind media, AgeBand age,
            RealChild real, ContentClass content, boolean baseline) {
        assertThat(InterpolBaseline.applies(Facts.of(media, age, real, content))).isEqualTo(baseline);
    }
}
