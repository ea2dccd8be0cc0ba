package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_backup_restores_into_a_fresh_database_and_the_program_runs_on_it() throws Exception {
        Configuration original = TestConfigurations.embeddedIn(data.resolve("original"));
        String first;
        String second;
        try (Hotline hotline = Hotline.start(original, JurisdictionSettings.none())) {
            first = post(hotline, "{\"urls\": [\"http://example.org/kept\"]}");
            second = post(hotline, "{\"urls\": [\"HTTP://EXAMPLE.ORG/kept#again\"]}");
        }
        Path backup = data.resolve("hotline.backup");
        assertThat(run(original, "backup", backup.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Backup written").contains("report=2");

        Configuration fresh = TestConfigurations.embeddedIn(data.resolve("fresh"));
        // The key that sealed the trail travels with the backup, apart from it, as an operator keeps it.
        java.nio.file.Files.createDirectories(data.resolve("fresh"));
        java.nio.file.Files.copy(data.resolve("original").resolve("audit.key"), data.resolve("fresh").resolve("audit.key"));
        assertThat(run(fresh, "restore", backup.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("anchor starts again at its restored end");
        out.reset();
        assertThat(run(fresh, "audit", "verify")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("The audit trail is intact");

        try (Hotline restored = Hotline.start(fresh, JurisdictionSettings.none())) {
            var firstBack = get(restored, first);
            var secondBack = get(restored, second);
            assertThat(firstBack.at("/urls/0/canonical").asText()).isEqualTo("http://example.org/kept");
            assertThat(secondBack.at("/urls/0/duplicate").asBoolean()).isTrue();
            assertThat(secondBack.at("/urls/0/caseId")).isEqualTo(firstBack.at("/urls/0/caseId"));
            String third = post(restored, "{\"urls\": [\"http://example.org/kept\"]}");
            assertThat(get(restored, third).at("/urls/0/caseId")).as("new reports fold into the restored case")
                    .isEqualTo(firstBack.at("/urls/0/caseId"));
        }
    }

    @Test
    void a_restore_refuses_a_database_that_has_data() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"));
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            post(hotline, "{\"urls\": [\"http://example.org/a\"]}");
        }
        Path backup = data.resolve("b.backup");
        assertThat(run(configuration, "backup", backup.toString())).isZero();

        assertThat(run(configuration, "restore", backup.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("empty database");
    }

    @Test
    void a_partner_is_registered_and_its_key_printed_once_and_withdrawn() throws Exception {
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"));
        assertThat(run(configuration, "partner", "add", "Example", "Partner", "Hotline")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Registered partner Example Partner Hotline").containsPattern("hlk_[0-9a-f]{64}");

        String key = java.util.regex.Pattern.compile("hlk_[0-9a-f]{64}").matcher(out.toString()).results().findFirst()
                .orElseThrow().group();
        out.reset();
        assertThat(run(configuration, "partner", "list")).isZero();
        assertThat(out.toString()).contains("Example Partner Hotline").contains("active").doesNotContain("hlk_");
        String id = out.toString().substring(0, 36);

        out.reset();
        assertThat(run(configuration, "partner", "withdraw", id)).as(err.toString()).isZero();
        out.reset();
        assertThat(run(configuration, "partner", "list")).isZero();
        assertThat(out.toString()).contains("withdrawn");
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/v1/reports"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"http://example.org/a\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("a withdrawn key is refused").isEqualTo(401);
        }
    }

    private int run(Configuration configuration, String... args) {
        return Commands.run(List.of(args), configuration, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Files a report through the API; its location. */
    private String post(Hotline hotline, String json) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/v1/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private com.fasterxml.jackson.databind.JsonNode get(Hotline hotline, String location) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }


    @Test
    void the_running_program_writes_scheduled_backups_and_keeps_the_newest() throws Exception {
        Path backups = data.resolve("backups");
        Configuration configuration = TestConfigurations.embeddedIn(data.resolve("db"),
                java.util.Map.of("HOTLINE_BACKUP_DIR", backups.toString(), "HOTLINE_BACKUP_KEEP", "2"));
        assertThat(configuration.backups()).isPresent();
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            post(hotline, "{\"urls\": [\"http://example.org/scheduled\"]}");
            var scheduled = ScheduledBackups.start(new org.hotline.adapters.persistence.Backups(hotline.database()), backups, 2,
                    java.time.Duration.ofDays(1), new org.hotline.adapters.persistence.ScheduledRounds(hotline.database()));
            for (int i = 0; i < 3; i++) {
                scheduled.backUp();
                Thread.sleep(5);
            }
            scheduled.close();
        }
        try (var files = java.nio.file.Files.list(backups)) {
            var written = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(written).hasSize(2).allMatch(name -> name.startsWith("hotline-") && name.endsWith(".backup"));
        }
    }
}
