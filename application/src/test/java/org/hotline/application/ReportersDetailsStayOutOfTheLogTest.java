package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hotline.adapters.web.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as an operator runs it, attacked with NUL characters in every field a reporter fills in: each is
 * refused with a field error (never a 500), and afterwards the program's log holds none of what the reporters
 * wrote, neither their words nor their contact details (issue 10, finding 3).
 */
class ReportersDetailsStayOutOfTheLogTest {

    private static final List<String> SECRETS = List.of("Rosalind Secretname", "rosalind.secret@example.org",
            "+32 470 99 88 77", "the forum of Secretname");

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void nul_characters_in_every_field_are_refused_and_nothing_reporters_wrote_reaches_the_log() throws Exception {
        try (ChildProgram program = new ChildProgram(directory.resolve("data"),
                // Every attempt counts against the public rate limit; this test is about what is refused and logged.
                Map.of("HOTLINE_RATE_LIMIT_PER_MINUTE", "0")).start()) {
            for (String body : apiBodiesWithANulInEachField()) {
                var answer = http.send(HttpRequest.newBuilder(program.uri("/api/v1/reports"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(body).isEqualTo(400);
                assertThat(answer.body()).contains("text.forbidden_character");
            }
            for (String[] fields : formsWithANulInEachField()) {
                Visitor reporter = new Visitor(URI.create(program.uri("/").toString()));
                reporter.get("/report");
                var answer = reporter.postForm("/report", fields);
                assertThat(answer.statusCode()).as(String.join(" ", fields)).isEqualTo(400);
            }
            Visitor reporter = new Visitor(URI.create(program.uri("/").toString()));
            reporter.get("/report");
            assertThat(reporter.postForm("/report", "urls", "http://example.org/fine", "description", SECRETS.get(3),
                    "contactName", SECRETS.get(0), "contactEmail", SECRETS.get(1), "contactPhone", SECRETS.get(2))
                    .statusCode()).as("a report without NUL is filed").isEqualTo(303);
        }

        String log = Files.readString(directory.resolve("data-program.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("hotline serving").contains("status=\"400\"");
        assertThat(log).doesNotContain("status=\"500\"").doesNotContain("request failed");
        for (String secret : SECRETS) {
            assertThat(log).doesNotContain(secret);
        }
    }

    private static List<String> apiBodiesWithANulInEachField() {
        String address = "\"http://example.org/a\"";
        return List.of(
                "{\"urls\": [\"http://example.org/\\u0000" + SECRETS.get(0) + "\"]}",
                "{\"urls\": [" + address + "], \"description\": \"" + SECRETS.get(3) + "\\u0000\"}",
                "{\"urls\": [" + address + "], \"contact\": {\"name\": \"" + SECRETS.get(0) + "\\u0000\"}}",
                "{\"urls\": [" + address + "], \"contact\": {\"email\": \"" + SECRETS.get(1) + "\\u0000\"}}",
                "{\"urls\": [" + address + "], \"contact\": {\"phone\": \"" + SECRETS.get(2) + "\\u0000\"}}",
                "{\"urls\": [" + address + "], \"description\": \"" + SECRETS.get(3) + "\\u0000\", \"contact\": {\"name\": \""
                        + SECRETS.get(0) + "\", \"email\": \"" + SECRETS.get(1) + "\", \"phone\": \"" + SECRETS.get(2) + "\"}}");
    }

    private static List<String[]> formsWithANulInEachField() {
        String nul = "\u0000";
        return List.of(
                new String[] {"urls", "http://example.org/" + nul + SECRETS.get(0)},
                new String[] {"urls", "http://example.org/b", "description", SECRETS.get(3) + nul},
                new String[] {"urls", "http://example.org/b", "contactName", SECRETS.get(0) + nul},
                new String[] {"urls", "http://example.org/b", "contactEmail", SECRETS.get(1) + nul},
                new String[] {"urls", "http://example.org/b", "contactPhone", SECRETS.get(2) + nul},
                new String[] {"urls", "http://example.org/b", "description", SECRETS.get(3) + nul, "contactName",
                        SECRETS.get(0), "contactEmail", SECRETS.get(1), "contactPhone", SECRETS.get(2)});
    }
}
