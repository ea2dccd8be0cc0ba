package org.hotline.adapters.law.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ServiceLoader;

import io.vavr.collection.List;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the Belgian verdict, rule and citations for every path through the questions. */
class BelgianLawTest {

    private final NationalLaw law = new Belgium().law(JurisdictionSettings.none());

    @ParameterizedTest(name = "{0} {1} {2} {3} on {4} -> {5} by {6}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT_OR_AUDIO            | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NEEDS_LEGAL_REVIEW | text-or-audio-outside-visual-definition       |
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | 2024-01-01 | NEEDS_LEGAL_REVIEW | non-realistic-image-unsettled                 |
            NON_PHOTOGRAPHIC         | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NEEDS_LEGAL_REVIEW | non-realistic-image-unsettled                 |
            GENERATOR_TOOL           | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NEEDS_LEGAL_REVIEW | image-generator-not-modelled                  |
            GENERATOR_TOOL           | UNDETERMINED  | UNKNOWN      | NONE                                  | 2024-01-01 | NOT_ILLEGAL        | no-sexual-conduct-or-organ-focus              |
            GENERATOR_TOOL           | ADULT         | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NOT_ILLEGAL        | appears-adult                                 |
            TEXT_OR_AUDIO            | ADULT         | UNKNOWN      | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NOT_ILLEGAL        | appears-adult                                 |
            TEXT_OR_AUDIO            | UNDER_13      | REAL         | NONE                                  | 2024-01-01 | NOT_ILLEGAL        | no-sexual-conduct-or-organ-focus              |
            TEXT_OR_AUDIO            | UNDETERMINED  | UNKNOWN      | GENITAL_OR_ANAL_FOCUS                 | 2024-01-01 | NEEDS_LEGAL_REVIEW | text-or-audio-outside-visual-definition       |
            NON_PHOTOGRAPHIC         | ADULT         | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | 2024-01-01 | NOT_ILLEGAL        | appears-adult                                 |
            NON_PHOTOGRAPHIC         | UNDETERMINED  | NON_EXISTENT | OTHER_SEXUALISED                      | 2024-01-01 | NOT_ILLEGAL        | no-sexual-conduct-or-organ-focus              |
            PHOTO_OR_VIDEO           | UNDETERMINED  | UNKNOWN      | NONE                                  | 1990-01-01 | NOT_ILLEGAL        | no-sexual-conduct-or-organ-focus              |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | OTHER_SEXUALISED                      | 2024-01-01 | NOT_ILLEGAL        | no-sexual-conduct-or-organ-focus              |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NONE                                  | 2024-01-01 | NOT_ILLEGAL        | no-sexual-conduct-or-organ-focus              |
            PHOTO_OR_VIDEO           | ADULT         | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NOT_ILLEGAL        | appears-adult                                 |
            PHOTO_OR_VIDEO           | UNDETERMINED  | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NEEDS_LEGAL_REVIEW | age-cannot-be-judged                          |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2022-05-31 | ILLEGAL            | art-383bis-real-minor                         | Criminal Code art. 383bis (former)
            DERIVED_FROM_PHOTO       | AGE_13_TO_17  | REAL         | GENITAL_OR_ANAL_FOCUS                 | 2015-01-01 | ILLEGAL            | art-383bis-real-minor                         | Criminal Code art. 383bis (former)
            PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2022-05-31 | NEEDS_LEGAL_REVIEW | before-june-2022-unsettled                    |
            PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | 2020-01-01 | NEEDS_LEGAL_REVIEW | before-june-2022-unsettled                    |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 1995-04-12 | NEEDS_LEGAL_REVIEW | before-june-2022-unsettled                    |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2022-06-01 | ILLEGAL            | art-417-43-1-real-minor                       | Criminal Code art. 417/43, 1°
            PHOTOREALISTIC_SYNTHETIC | AGE_13_TO_17  | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY       | 2024-01-01 | ILLEGAL            | art-417-43-1-real-minor                       | Criminal Code art. 417/43, 1°
            PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | 2024-01-01 | ILLEGAL            | art-417-43-2-apparent-minor                   | Criminal Code art. 417/43, 2°
            DERIVED_FROM_PHOTO       | UNDER_13      | UNKNOWN      | GENITAL_OR_ANAL_FOCUS                 | 2024-01-01 | ILLEGAL            | art-417-43-2-apparent-minor                   | Criminal Code art. 417/43, 2°
            PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | ILLEGAL            | art-417-43-3-realistic-non-existent-minor     | Criminal Code art. 417/43, 3°
            PHOTO_OR_VIDEO           | APPEARS_MINOR | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | 2024-01-01 | ILLEGAL            | art-417-43-3-realistic-non-existent-minor     | Criminal Code art. 417/43, 3°
            DERIVED_FROM_PHOTO       | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | 2024-01-01 | NEEDS_LEGAL_REVIEW | derived-image-of-non-existent-minor-unsettled |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2026-04-07 | ILLEGAL            | art-417-43-1-real-minor                       | Criminal Code art. 417/43, 1°
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | 2026-04-08 | ILLEGAL            | art-417-43-1-real-minor                       | Criminal Code art. 417/43, 1°; Criminal Code of 29 February 2024, Book II: images of sexual abuse of minors (article number unverified)
            PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | 2030-12-31 | ILLEGAL            | art-417-43-3-realistic-non-existent-minor     | Criminal Code art. 417/43, 3°; Criminal Code of 29 February 2024, Book II: images of sexual abuse of minors (article number unverified)
            """)
    void each_path_through_the_questions_gives_its_verdict_rule_and_citations(MediaKind media, AgeBand age,
            RealChild real, ContentClass content, LocalDate day, String kind, String rule, String citations) {
        Classification classification = law.classify(Facts.of(media, age, real, content), day);

        assertThat(classification.verdict().kind()).isEqualTo(kind);
        assertThat(classification.rule()).isEqualTo(rule);
        assertThat(citationsOf(classification.verdict())).isEqualTo(citations == null ? List.empty()
                : List.of(citations.split(";")).map(String::strip));
    }

    /** The figure the README gives: of every combination of answers, how many a lawyer must decide, on 1 June 2026. */
    @Test
    void on_1_june_2026_a_lawyer_decides_192_of_the_540_combinations() {
        var combinations = law.questionnaire().everyCombination();
        long toReview = combinations.count(facts -> law.classify(facts, LocalDate.of(2026, 6, 1)).verdict()
                instanceof Verdict.NeedsLegalReview);

        assertThat(combinations.size()).isEqualTo(540);
        assertThat(toReview).isEqualTo(192);
    }

    @Test
    void belgian_verdicts_carry_no_severity_grade() {
        List<Verdict.Illegal> illegal = illegalVerdictsOn(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1));

        assertThat(illegal).isNotEmpty().allSatisfy(verdict -> assertThat(verdict.severity()).isEmpty());
    }

    @Test
    void from_june_2022_every_illegal_verdict_rests_on_a_verified_provision() {
        List<Verdict.Illegal> illegal = illegalVerdictsOn(LocalDate.of(2022, 6, 1), LocalDate.of(2026, 4, 8), LocalDate.of(2030, 1, 1));

        assertThat(illegal).isNotEmpty()
                .allSatisfy(verdict -> assertThat(verdict.references().exists(StatuteReference::verified)).isTrue());
    }

    @Test
    void the_unverified_references_say_why() {
        assertThat(BelgianStatutes.ART_383BIS.verified()).isFalse();
        assertThat(BelgianStatutes.ART_383BIS.note()).contains("first day in force is not in the sources");
        assertThat(BelgianStatutes.NEW_CODE.verified()).isFalse();
        assertThat(BelgianStatutes.NEW_CODE.note()).contains("article numbers", "unverified");
        assertThat(BelgianStatutes.ART_383BIS.effectiveUntil()).contains(LocalDate.of(2022, 5, 31));
        assertThat(BelgianStatutes.ART_417_43_1.verified()).isTrue();
    }

    @Test
    void belgium_asks_the_core_questions_only_and_needs_no_uninvolved_reviewer_on_appeal() {
        assertThat(law.questionnaire().nationalQuestions()).isEmpty();
        assertThat(law.appealNeedsUninvolvedReviewer()).isFalse();
    }

    @Test
    void belgium_is_registered_for_the_service_loader() {
        assertThat(ServiceLoader.load(Jurisdiction.class).stream().map(provider -> provider.type().getName()))
                .contains(Belgium.class.getName());
    }

    private List<Verdict.Illegal> illegalVerdictsOn(LocalDate... days) {
        return List.of(days)
                .flatMap(day -> law.questionnaire().everyCombination().map(facts -> law.classify(facts, day).verdict()))
                .filter(verdict -> verdict instanceof Verdict.Illegal)
                .map(verdict -> (Verdict.Illegal) verdict);
    }

    private static List<String> citationsOf(Verdict verdict) {
        return verdict instanceof Verdict.Illegal
                ? ((Verdict.Illegal) verdict).references().map(StatuteReference::citation)
                : List.empty();
    }
}
