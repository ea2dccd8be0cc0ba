package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.hotline.domain.CountryCode;
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

/**
 * The program finds its law adapters through ServiceLoader alone: Belgium and the United Kingdom from their modules,
 * Testland from the test sources. No adapter class is named here, so none is imported.
 */
class JurisdictionsTest {

    private static final CountryCode BE = new CountryCode("BE");
    private static final CountryCode GB = new CountryCode("GB");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private final Jurisdictions jurisdictions = Jurisdictions.discover(JurisdictionsTest.class.getClassLoader());

    @Test
    void belgium_the_united_kingdom_and_testland_are_discovered_whatever_other_countries_are_present() {
        assertThat(jurisdictions.available().keySet()).extracting(CountryCode::value).contains("BE", "GB", "XT");
        assertThat(jurisdictions.describe()).contains("BE (Belgium)", "GB (United Kingdom)", "XT (Testland)");
    }

    @Test
    void without_a_configured_country_the_only_adapter_present_is_the_home_jurisdiction() {
        var testland = jurisdictions.available().get(new CountryCode("XT"));
        var alone = Jurisdictions.of(java.util.List.of(testland));

        assertThat(alone.home(java.util.Optional.empty(), JurisdictionSettings.none()).jurisdiction()).isSameAs(testland);
    }

    @Test
    void without_a_configured_country_several_adapters_are_refused_naming_them() {
        assertThatThrownBy(() -> jurisdictions.home(java.util.Optional.empty(), JurisdictionSettings.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOTLINE_JURISDICTION is not set")
                .hasMessageContaining("BE (Belgium)").hasMessageContaining("XT (Testland)");
        assertThatThrownBy(() -> Jurisdictions.of(java.util.List.of()).home(java.util.Optional.empty(),
                JurisdictionSettings.none())).hasMessageContaining("no law adapter was found at all");
    }

    @Test
    void two_adapters_claiming_one_country_are_refused() {
        var testland = jurisdictions.available().get(new CountryCode("XT"));

        assertThatThrownBy(() -> Jurisdictions.of(java.util.List.of(testland, testland)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two law adapters claim XT");
    }

    @Test
    void the_same_non_photographic_image_is_illegal_in_the_uk_under_s62_and_a_matter_for_a_lawyer_in_belgium() {
        NationalLaw uk = lawOf(GB);
        NationalLaw belgium = lawOf(BE);
        Facts drawing = uk.questionnaire().read(Map.of(
                "media", "NON_PHOTOGRAPHIC", "age", "UNDER_13", "realChild", "NON_EXISTENT",
                "content", "GENITAL_OR_ANAL_FOCUS",
                "pornographic", "YES", "grosslyOffensive", "YES", "indecent", "NO", "portrayedAct", "NONE_OF_THESE")).get();

        Classification inTheUk = uk.classify(drawing, DAY);
        Classification inBelgium = belgium.classify(drawing, DAY);

        assertThat(inTheUk.verdict()).isInstanceOfSatisfying(Verdict.Illegal.class, illegal -> {
            assertThat(illegal.references().map(StatuteReference::citation)).containsExactly("Coroners and Justice Act 2009 s.62");
            assertThat(illegal.severity()).isEmpty();
        });
        assertThat(inBelgium.verdict()).isInstanceOf(Verdict.NeedsLegalReview.class);
        assertThat(inTheUk.baseline()).isFalse();
        assertThat(inBelgium.baseline()).isFalse();
    }

    @Test
    void where_the_laws_agree_the_same_photograph_is_illegal_in_both_with_each_country_s_own_citation() {
        Map<String, String> photograph = Map.of("media", "PHOTO_OR_VIDEO", "age", "UNDER_13", "realChild", "REAL",
                "content", "PENETRATIVE_SEXUAL_ACTIVITY");
        NationalLaw belgium = lawOf(BE);
        Facts facts = belgium.questionnaire().read(photograph).get();

        Classification inBelgium = belgium.classify(facts, DAY);
        Classification inTheUk = lawOf(GB).classify(facts.with("pornographic", "NO").with("grosslyOffensive", "NO")
                .with("indecent", "NO").with("portrayedAct", "NONE_OF_THESE"), DAY);

        assertThat(inBelgium.rule()).isEqualTo("art-417-43-1-real-minor");
        assertThat(inTheUk.rule()).isEqualTo("pca-indecent-photograph");
        assertThat(((Verdict.Illegal) inTheUk.verdict()).severity().get().grade()).isEqualTo("A");
        assertThat(inBelgium.baseline()).isTrue();
        assertThat(inTheUk.baseline()).isTrue();
    }

    @Test
    void a_home_jurisdiction_without_an_adapter_is_refused_naming_those_available() {
        assertThatThrownBy(() -> jurisdictions.home(new CountryCode("FR"), JurisdictionSettings.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no law adapter for the jurisdiction FR")
                .hasMessageContaining("BE (Belgium), GB (United Kingdom)")
                .hasMessageContaining("HOTLINE_JURISDICTION");
    }

    @Test
    void a_law_setting_given_as_an_environment_variable_reaches_the_adapter() {
        String variable = JurisdictionSettings.variableFor("uk.s46a.commencement");
        Facts generator = Facts.of(MediaKind.GENERATOR_TOOL, AgeBand.UNDER_13, RealChild.NON_EXISTENT,
                ContentClass.PENETRATIVE_SEXUAL_ACTIVITY);

        NationalLaw uk = jurisdictions.home(GB, Jurisdictions.settingsFrom(Map.of(variable, "2027-01-01"))).law();

        assertThat(variable).isEqualTo("HOTLINE_LAW_UK_S46A_COMMENCEMENT");
        assertThat(uk.classify(generator, LocalDate.of(2026, 12, 31)).verdict().kind()).isEqualTo("NEEDS_LEGAL_REVIEW");
        assertThat(uk.classify(generator, LocalDate.of(2027, 1, 1)).verdict().kind()).isEqualTo("ILLEGAL");
    }

    @Test
    void a_malformed_law_setting_stops_the_home_jurisdiction_naming_the_environment_variable() {
        var settings = Jurisdictions.settingsFrom(Map.of("HOTLINE_LAW_UK_S46A_COMMENCEMENT", "soon"));

        assertThatThrownBy(() -> jurisdictions.home(GB, settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HOTLINE_LAW_UK_S46A_COMMENCEMENT")
                .hasMessageContaining("'soon'");
    }

    private NationalLaw lawOf(CountryCode country) {
        return jurisdictions.home(country, JurisdictionSettings.none()).law();
    }
}
