package org.hotline.domain.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JurisdictionSettingsTest {

    private static final String KEY = "uk.s46a.commencement";

    @Test
    void an_absent_date_is_none_not_an_error() {
        assertThat(JurisdictionSettings.none().date(KEY).get()).isEmpty();
    }

    @Test
    void a_date_written_as_year_month_day_is_read() {
        assertThat(JurisdictionSettings.of(KEY, " 2027-01-01 ").date(KEY).get()).contains(LocalDate.of(2027, 1, 1));
    }

    @Test
    void a_malformed_date_is_an_error_naming_the_environment_variable_the_key_and_the_text() {
        String error = JurisdictionSettings.of(KEY, "next spring").date(KEY).getLeft();

        assertThat(error).contains("HOTLINE_LAW_UK_S46A_COMMENCEMENT", KEY, "YYYY-MM-DD", "'next spring'");
    }

    @Test
    void an_impossible_date_is_an_error_too() {
        assertThat(JurisdictionSettings.of(KEY, "2027-02-30").date(KEY).isLeft()).isTrue();
    }

    @Test
    void a_key_is_set_through_the_environment_variable_of_the_same_name_in_capitals() {
        assertThat(JurisdictionSettings.variableFor(KEY)).isEqualTo("HOTLINE_LAW_UK_S46A_COMMENCEMENT");
        assertThat(JurisdictionSettings.variableFor("be.code")).isEqualTo("HOTLINE_LAW_BE_CODE");
    }
}
