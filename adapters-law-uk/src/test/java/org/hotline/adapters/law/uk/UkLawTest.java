package org.hotline.adapters.law.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ServiceLoader;

import io.vavr.collection.List;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Answer;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.ContentClass;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.RealChild;
import org.hotline.domain.law.Severity;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the UK verdict, rule, category and citations for every path through the questions. */
class UkLawTest {

    private static final String COMMENCEMENT = "2027-01-01";
    /** A tool made for creating explicit images of children: what s.46A is about. */
    private static final Facts A_GENERATOR = facts(MediaKind.GENERATOR_TOOL, AgeBand.UNDER_13, RealChild.NON_EXISTENT,
            ContentClass.PENETRATIVE_SEXUAL_ACTIVITY, "NO", "NO", "NO", "NONE_OF_THESE");

    private final NationalLaw law = lawWith(JurisdictionSettings.of(UnitedKingdom.S46A_COMMENCEMENT, COMMENCEMENT));

    @ParameterizedTest(name = "{0} {1} {2} {3} porn={4} gross={5} indecent={6} act={7} on {8} -> {9} by {10}")
    @CsvSource(delimiter = '|', textBlock = """
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-photograph             | A | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-photograph             | A | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | AGE_13_TO_17  | UNKNOWN      | NON_PENETRATIVE_SEXUAL_ACTIVITY       | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-photograph             | B | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-photograph             | C | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | APPEARS_MINOR | REAL         | OTHER_SEXUALISED                      | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-photograph             | C | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NONE                                  | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-photograph             | C | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | OTHER_SEXUALISED                      | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | not-indecent                        |   |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | not-indecent                        |   |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2014-03-31 | ILLEGAL            | pca-indecent-photograph             |   | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2014-04-01 | ILLEGAL            | pca-indecent-photograph             | A | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            PHOTO_OR_VIDEO           | APPEARS_MINOR | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-pseudo-photograph      | A | Protection of Children Act 1978 s.1; Protection of Children Act 1978 s.7(7)-(8); Criminal Justice Act 1988 s.160
            PHOTOREALISTIC_SYNTHETIC | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-pseudo-photograph      | C | Protection of Children Act 1978 s.1; Protection of Children Act 1978 s.7(7)-(8); Criminal Justice Act 1988 s.160
            PHOTOREALISTIC_SYNTHETIC | AGE_13_TO_17  | REAL         | NON_PENETRATIVE_SEXUAL_ACTIVITY       | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-pseudo-photograph      | B | Protection of Children Act 1978 s.1; Protection of Children Act 1978 s.7(7)-(8); Criminal Justice Act 1988 s.160
            PHOTOREALISTIC_SYNTHETIC | APPEARS_MINOR | NON_EXISTENT | OTHER_SEXUALISED                      | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | not-indecent                        |   |
            DERIVED_FROM_PHOTO       | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-derived-image          | A | Protection of Children Act 1978 s.1; Protection of Children Act 1978 s.7(4A); Criminal Justice Act 1988 s.160
            DERIVED_FROM_PHOTO       | AGE_13_TO_17  | NON_EXISTENT | OTHER_SEXUALISED                      | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | pca-indecent-derived-image          | C | Protection of Children Act 1978 s.1; Protection of Children Act 1978 s.7(4A); Criminal Justice Act 1988 s.160
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | s62-prohibited-image                |   | Coroners and Justice Act 2009 s.62
            NON_PHOTOGRAPHIC         | APPEARS_MINOR | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | YES | YES | YES | NONE_OF_THESE  | 2024-01-01 | ILLEGAL            | s62-prohibited-image                |   | Coroners and Justice Act 2009 s.62
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | YES | NO  | NONE_OF_THESE  | 2010-04-05 | NEEDS_LEGAL_REVIEW | s62-prohibited-image                |   |
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | YES | NO  | NONE_OF_THESE  | 2010-04-06 | ILLEGAL            | s62-prohibited-image                |   | Coroners and Justice Act 2009 s.62
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | NO  | YES | YES | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | s62-limb-not-met                    |   |
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | NO  | YES | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | s62-limb-not-met                    |   |
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | OTHER_SEXUALISED                      | YES | YES | YES | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | s62-limb-not-met                    |   |
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | MASTURBATION   | 2024-01-01 | ILLEGAL            | s62-prohibited-image                |   | Coroners and Justice Act 2009 s.62
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | s62-limb-not-met                    |   |
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | YES | YES | NO  | WITH_AN_ANIMAL | 2024-01-01 | ILLEGAL            | s62-prohibited-image                |   | Coroners and Justice Act 2009 s.62
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | s62-limb-not-met                    |   |
            NON_PHOTOGRAPHIC         | AGE_13_TO_17  | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | INTERCOURSE_OR_ORAL_SEX | 2024-01-01 | ILLEGAL   | s62-prohibited-image                |   | Coroners and Justice Act 2009 s.62
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | PENETRATION    | 2024-01-01 | ILLEGAL            | s62-prohibited-image                |   | Coroners and Justice Act 2009 s.62
            NON_PHOTOGRAPHIC         | UNDETERMINED  | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | MASTURBATION   | 2024-01-01 | NEEDS_LEGAL_REVIEW | age-cannot-be-judged                |   |
            NON_PHOTOGRAPHIC         | UNDETERMINED  | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | YES | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | s62-limb-not-met                    |   |
            NON_PHOTOGRAPHIC         | UNDER_13      | NON_EXISTENT | NON_PENETRATIVE_SEXUAL_ACTIVITY       | NO  | YES | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | s62-limb-not-met                    |   |
            NON_PHOTOGRAPHIC         | ADULT         | NON_EXISTENT | GENITAL_OR_ANAL_FOCUS                 | YES | YES | YES | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | appears-adult                       |   |
            TEXT_OR_AUDIO            | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | YES | YES | YES | NONE_OF_THESE  | 2024-01-01 | NEEDS_LEGAL_REVIEW | text-or-audio-not-an-image          |   |
            PHOTO_OR_VIDEO           | UNDETERMINED  | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | NEEDS_LEGAL_REVIEW | age-cannot-be-judged                |   |
            PHOTO_OR_VIDEO           | ADULT         | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | YES | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | appears-adult                       |   |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2008-07-07 | NEEDS_LEGAL_REVIEW | law-before-8-july-2008-not-modelled |   |
            PHOTO_OR_VIDEO           | UNDER_13      | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2008-07-08 | ILLEGAL            | pca-indecent-photograph             |   | Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160
            GENERATOR_TOOL           | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2026-12-31 | NEEDS_LEGAL_REVIEW | s46a-image-generator                |   |
            GENERATOR_TOOL           | UNDER_13      | NON_EXISTENT | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | ILLEGAL            | s46a-image-generator                |   | Sexual Offences Act 2003 s.46A
            GENERATOR_TOOL           | ADULT         | UNKNOWN      | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | NOT_ILLEGAL        | appears-adult                       |   |
            GENERATOR_TOOL           | UNDETERMINED  | UNKNOWN      | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | NOT_ILLEGAL        | tool-not-made-for-abuse-images      |   |
            GENERATOR_TOOL           | UNDETERMINED  | UNKNOWN      | GENITAL_OR_ANAL_FOCUS                 | NO  | NO  | NO  | NONE_OF_THESE  | 2027-01-01 | NEEDS_LEGAL_REVIEW | age-cannot-be-judged                |   |
            TEXT_OR_AUDIO            | ADULT         | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | appears-adult                       |   |
            TEXT_OR_AUDIO            | UNDER_13      | REAL         | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NOT_ILLEGAL        | text-or-audio-nothing-sexual        |   |
            TEXT_OR_AUDIO            | UNDETERMINED  | UNKNOWN      | OTHER_SEXUALISED                      | NO  | NO  | NO  | NONE_OF_THESE  | 2024-01-01 | NEEDS_LEGAL_REVIEW | text-or-audio-not-an-image          |   |
            PHOTO_OR_VIDEO           | UNDETERMINED  | UNKNOWN      | NONE                                  | NO  | NO  | NO  | NONE_OF_THESE  | 2001-01-01 | NOT_ILLEGAL        | not-indecent                        |   |
            PHOTO_OR_VIDEO           | ADULT         | REAL         | PENETRATIVE_SEXUAL_ACTIVITY           | NO  | NO  | YES | NONE_OF_THESE  | 2001-01-01 | NOT_ILLEGAL        | appears-adult                       |   |
            """)
    void each_path_through_the_questions_gives_its_verdict_rule_category_and_citations(MediaKind media, AgeBand age,
            RealChild real, ContentClass content, String pornographic, String grosslyOffensive, String indecent,
            String act, LocalDate day, String kind, String rule, String category, String citations) {
        Classification classification = law.classify(facts(media, age, real, content, pornographic, grosslyOffensive, indecent,
                act), day);

        assertThat(classification.verdict().kind()).isEqualTo(kind);
        assertThat(classification.rule()).isEqualTo(rule);
        assertThat(categoryOf(classification.verdict())).isEqualTo(category == null ? "" : category);
        assertThat(citationsOf(classification.verdict())).isEqualTo(citations == null ? List.empty()
                : List.of(citations.split(";")).map(String::strip));
    }

    /**
     * The figures the README gives: of every combination of answers, how many a lawyer must decide on 1 June 2026,
     * without the s.46A setting (as shipped) and once s.46A is in force.
     */
    @Test
    void on_1_june_2026_a_lawyer_decides_6756_of_the_21600_combinations_or_4956_once_s46a_is_in_force() {
        var unset = lawWith(JurisdictionSettings.none());
        var combinations = unset.questionnaire().everyCombination();
        var day = LocalDate.of(2026, 6, 1);
        var inForce = lawWith(JurisdictionSettings.of(UnitedKingdom.S46A_COMMENCEMENT, "2026-05-01"));

        assertThat(combinations.size()).isEqualTo(21_600);
        assertThat(combinations.count(facts -> unset.classify(facts, day).verdict() instanceof Verdict.NeedsLegalReview))
                .isEqualTo(6756);
        assertThat(combinations.count(facts -> inForce.classify(facts, day).verdict() instanceof Verdict.NeedsLegalReview))
                .isEqualTo(4956);
    }

    @Test
    void without_a_configured_commencement_a_generator_tool_goes_to_legal_review_saying_what_to_set() {
        Verdict verdict = lawWith(JurisdictionSettings.none()).classify(A_GENERATOR, LocalDate.of(2030, 1, 1)).verdict();

        assertThat(verdict).isInstanceOf(Verdict.NeedsLegalReview.class);
        assertThat(verdict.reason()).contains("commencement is not configured", "HOTLINE_LAW_UK_S46A_COMMENCEMENT");
    }

    @Test
    void before_the_configured_commencement_a_generator_tool_goes_to_legal_review() {
        Verdict verdict = law.classify(A_GENERATOR, LocalDate.of(2026, 12, 31)).verdict();

        assertThat(verdict).isInstanceOf(Verdict.NeedsLegalReview.class);
        assertThat(verdict.reason()).contains("not yet in force on 2026-12-31", "commences on 2027-01-01");
    }

    @Test
    void from_the_configured_commencement_a_generator_tool_is_illegal_under_s46a_from_that_day() {
        Verdict.Illegal verdict = (Verdict.Illegal) law.classify(A_GENERATOR, LocalDate.of(2027, 1, 1)).verdict();

        StatuteReference s46a = verdict.references().single();
        assertThat(s46a.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(s46a.verified()).isFalse();
        assertThat(s46a.note()).contains("HOTLINE_LAW_UK_S46A_COMMENCEMENT");
        assertThat(verdict.severity()).isEmpty();
    }

    @Test
    void a_malformed_commencement_day_is_refused_naming_the_environment_variable() {
        assertThatThrownBy(() -> lawWith(JurisdictionSettings.of(UnitedKingdom.S46A_COMMENCEMENT, "1 Jan 2027")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HOTLINE_LAW_UK_S46A_COMMENCEMENT")
                .hasMessageContaining("1 Jan 2027");
    }

    @Test
    void a_commencement_day_before_the_royal_assent_is_refused_naming_the_environment_variable() {
        assertThatThrownBy(() -> lawWith(JurisdictionSettings.of(UnitedKingdom.S46A_COMMENCEMENT, "2026-04-28")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HOTLINE_LAW_UK_S46A_COMMENCEMENT")
                .hasMessageContaining("2026-04-29");
        assertThat(lawWith(JurisdictionSettings.of(UnitedKingdom.S46A_COMMENCEMENT, "2026-04-29"))).isNotNull();
    }

    @Test
    void the_uk_asks_whether_the_image_is_pornographic_grossly_offensive_and_indecent_and_which_listed_act_it_portrays() {
        assertThat(law.questionnaire().nationalQuestions().take(3)).allSatisfy(question ->
                assertThat(question.answers().map(Answer::id)).containsExactly("YES", "NO"));
        assertThat(law.questionnaire().nationalQuestions().map(Question::id))
                .containsExactly("pornographic", "grosslyOffensive", "indecent", "portrayedAct");
        assertThat(law.questionnaire().nationalQuestions().last().answers().map(Answer::id)).containsExactly(
                "INTERCOURSE_OR_ORAL_SEX", "MASTURBATION", "PENETRATION", "WITH_AN_ANIMAL", "NONE_OF_THESE");
    }

    @Test
    void a_general_purpose_tool_or_one_for_images_of_adults_is_not_illegal_under_s46a_even_once_commenced() {
        var day = LocalDate.of(2027, 6, 1);
        var adults = facts(MediaKind.GENERATOR_TOOL, AgeBand.ADULT, RealChild.NON_EXISTENT,
                ContentClass.PENETRATIVE_SEXUAL_ACTIVITY, "YES", "YES", "YES", "NONE_OF_THESE");
        var generalPurpose = facts(MediaKind.GENERATOR_TOOL, AgeBand.UNDETERMINED, RealChild.UNKNOWN, ContentClass.NONE,
                "NO", "NO", "NO", "NONE_OF_THESE");

        assertThat(law.classify(adults, day).verdict().kind()).isEqualTo("NOT_ILLEGAL");
        assertThat(law.classify(generalPurpose, day).verdict().kind()).isEqualTo("NOT_ILLEGAL");
        assertThat(law.classify(A_GENERATOR, day).verdict().kind()).isEqualTo("ILLEGAL");
    }

    @Test
    void an_appeal_is_decided_by_someone_not_involved_in_the_first_decision() {
        assertThat(law.appealNeedsUninvolvedReviewer()).isTrue();
    }

    @Test
    void the_united_kingdom_is_registered_for_the_service_loader() {
        assertThat(ServiceLoader.load(Jurisdiction.class).stream().map(provider -> provider.type().getName()))
                .contains(UnitedKingdom.class.getName());
    }

    @Test
    void scotland_and_northern_ireland_are_given_as_notes_on_the_references() {
        assertThat(UkStatutes.PCA_1978_S1.note()).contains("Northern Ireland", "art. 3", "Scotland", "s.52");
        assertThat(UkStatutes.CJA_2009_S62.note()).contains("not Scotland");
    }

    static Facts facts(MediaKind media, AgeBand age, RealChild real, ContentClass content, String pornographic,
            String grosslyOffensive, String indecent, String act) {
        return Facts.of(media, age, real, content)
                .with(UkQuestions.PORNOGRAPHIC, pornographic)
                .with(UkQuestions.GROSSLY_OFFENSIVE, grosslyOffensive)
                .with(UkQuestions.INDECENT, indecent)
                .with(UkQuestions.PORTRAYED_ACT, act);
    }

    private static NationalLaw lawWith(JurisdictionSettings settings) {
        return new UnitedKingdom().law(settings);
    }

    private static String categoryOf(Verdict verdict) {
        return verdict instanceof Verdict.Illegal
                ? ((Verdict.Illegal) verdict).severity().map(Severity::grade).getOrElse("")
                : "";
    }

    private static List<String> citationsOf(Verdict verdict) {
        return verdict instanceof Verdict.Illegal
                ? ((Verdict.Illegal) verdict).references().map(StatuteReference::citation)
                : List.empty();
    }
}
