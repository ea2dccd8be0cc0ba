package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void every_setting_has_a_default() {
        Configuration defaults = Configuration.read(Map.of()).configuration().orElseThrow();

        assertThat(defaults.port()).isEqualTo(7070);
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.jurisdiction()).as("no country is the default").isEmpty();
        assertThat(defaults.pluginsDirectory()).isEmpty();
        assertThat(defaults.dataDirectory()).isEqualTo(Path.of("./data"));
        assertThat(defaults.database().isEmbedded()).isTrue();
        assertThat(defaults.database().dataDirectory()).isEqualTo(Path.of("./data/postgres"));
        assertThat(defaults.timeZone().getId()).isEqualTo("Europe/Brussels");
    }

    @Test
    void every_wrong_setting_is_reported_at_once_by_its_variable() {
        var result = Configuration.read(Map.of(
                "HOTLINE_PORT", "seventy",
                "HOTLINE_JURISDICTION", "Belgium",
                "HOTLINE_TIME_ZONE", "Mars/Olympus",
                "HOTLINE_DB_URL", "mysql://db.example.org/x",
                "HOTLINE_DB_POOL_SIZE", "0",
                "HOTLINE_LOG_FORMAT", "xml"));

        assertThat(result.configuration()).isEmpty();
        assertThat(result.problems()).hasSize(6);
        assertThat(String.join("\n", result.problems()))
                .contains("HOTLINE_PORT must be a whole number, not 'seventy'")
                .contains("HOTLINE_JURISDICTION must be a two-letter country code")
                .contains("HOTLINE_TIME_ZONE")
                .contains("HOTLINE_DB_URL must be a PostgreSQL JDBC URL")
                .contains("HOTLINE_DB_POOL_SIZE must be between 1 and 500")
                .contains("HOTLINE_LOG_FORMAT must be text or json");
    }

    @Test
    void cookies_are_secure_only_over_tls_unless_the_operator_says_the_site_is_only_served_over_tls() {
        assertThat(Configuration.read(Map.of()).configuration().orElseThrow().web().secureCookies()).isFalse();
        assertThat(Configuration.read(Map.of("HOTLINE_SECURE_COOKIES", "TRUE")).configuration().orElseThrow()
                .web().secureCookies()).isTrue();
        assertThat(Configuration.read(Map.of("HOTLINE_SECURE_COOKIES", "yes")).problems())
                .containsExactly("HOTLINE_SECURE_COOKIES must be true or false, not 'yes'.");
    }

    @Test
    void the_workbench_settings_default_to_half_hour_claims_a_month_of_folding_four_hours_a_day_and_a_break_after_fifty_minutes() {
        var casework = Configuration.read(Map.of()).configuration().orElseThrow().casework();

        assertThat(casework.claimLength()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(casework.foldWindow()).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(casework.dailyLimit()).isEqualTo(java.time.Duration.ofHours(4));
        assertThat(casework.breakAfter()).isEqualTo(java.time.Duration.ofMinutes(50));
    }

    @Test
    void the_workbench_settings_are_read_and_checked_against_their_bounds() {
        var given = Configuration.read(Map.of("HOTLINE_CLAIM_MINUTES", "45", "HOTLINE_FOLD_WINDOW_DAYS", "0",
                "HOTLINE_WELFARE_DAILY_LIMIT_MINUTES", "180", "HOTLINE_WELFARE_BREAK_AFTER_MINUTES", "40"))
                .configuration().orElseThrow().casework();
        assertThat(given).isEqualTo(new Configuration.Casework(java.time.Duration.ofMinutes(45), java.time.Duration.ZERO,
                java.time.Duration.ofMinutes(180), java.time.Duration.ofMinutes(40)));

        var wrong = Configuration.read(Map.of("HOTLINE_CLAIM_MINUTES", "600", "HOTLINE_FOLD_WINDOW_DAYS", "-1",
                "HOTLINE_WELFARE_DAILY_LIMIT_MINUTES", "0", "HOTLINE_WELFARE_BREAK_AFTER_MINUTES", "an hour"));
        assertThat(wrong.configuration()).isEmpty();
        assertThat(wrong.problems()).containsExactly(
                "HOTLINE_CLAIM_MINUTES must be between 1 and 480, not 600.",
                "HOTLINE_FOLD_WINDOW_DAYS must be between 0 and 3650, not -1.",
                "HOTLINE_WELFARE_DAILY_LIMIT_MINUTES must be between 1 and 1440, not 0.",
                "HOTLINE_WELFARE_BREAK_AFTER_MINUTES must be a whole number, not 'an hour'.");
    }

    @Test
    void uk_is_read_as_the_iso_code_gb() {
        assertThat(Configuration.read(Map.of("HOTLINE_JURISDICTION", "uk")).configuration().orElseThrow()
                .jurisdiction().orElseThrow().value()).isEqualTo("GB");
    }

    @Test
    void a_plugins_directory_that_does_not_exist_is_refused_by_name(@org.junit.jupiter.api.io.TempDir Path directory) {
        assertThat(Configuration.read(Map.of("HOTLINE_PLUGINS_DIR", directory.toString())).configuration().orElseThrow()
                .pluginsDirectory()).contains(directory);
        assertThat(Configuration.read(Map.of("HOTLINE_PLUGINS_DIR", directory.resolve("missing").toString())).problems())
                .singleElement().asString().startsWith("HOTLINE_PLUGINS_DIR must be an existing directory");
    }

    @Test
    void the_configuration_names_no_country_as_a_default() {
        var defaultOfJurisdiction = Configuration.SETTINGS.stream()
                .filter(setting -> setting.variable().equals("HOTLINE_JURISDICTION")).findFirst().orElseThrow();

        assertThat(defaultOfJurisdiction.defaultValue()).doesNotContainPattern("\\b[A-Z]{2}\\b");
        assertThat(Configuration.read(Map.of()).configuration().orElseThrow().jurisdiction()).isEmpty();
    }

    @Test
    void an_external_database_is_used_when_its_url_is_given_and_its_password_is_never_described() {
        Configuration configuration = Configuration.read(Map.of(
                "HOTLINE_DB_URL", "jdbc:postgresql://db.example.org:5432/hotline",
                "HOTLINE_DB_USER", "hotline",
                "HOTLINE_DB_PASSWORD", "s3cret")).configuration().orElseThrow();

        assertThat(configuration.database().isEmbedded()).isFalse();
        assertThat(configuration.describe().toString()).contains("db.example.org").doesNotContain("s3cret");
    }

    @Test
    void the_configuration_document_lists_every_setting_with_its_default() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("..", "docs", "configuration.md"));
        for (Configuration.Setting setting : Configuration.SETTINGS) {
            assertThat(readme).as(setting.variable()).contains("| `" + setting.variable() + "` |");
        }
        for (var entry : Map.of("HOTLINE_PORT", "7070", "HOTLINE_HOST", "127.0.0.1",
                "HOTLINE_TIME_ZONE", "Europe/Brussels").entrySet()) {
            assertThat(readme).contains("| `" + entry.getKey() + "` | `" + entry.getValue() + "` |");
        }
    }

    @Test
    void the_settings_read_are_the_documented_ones_with_their_defaults() {
        var read = new java.util.TreeSet<String>();
        Map<String, String> recording = new java.util.AbstractMap<>() {
            @Override
            public String get(Object variable) {
                read.add((String) variable);
                return null;
            }

            @Override
            public java.util.Set<Entry<String, String>> entrySet() {
                return java.util.Set.of();
            }
        };
        assertThat(Configuration.read(recording).problems()).as("every default in the table is read as it is written")
                .isEmpty();
        var documented = Configuration.SETTINGS.stream().map(Configuration.Setting::variable)
                .filter(v -> !v.endsWith("*")).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertThat(documented).isEqualTo(read);
    }
}
