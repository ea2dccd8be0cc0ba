package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.DatabaseSettings;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program on an external database that is down when it starts, comes up, goes away mid-run and comes back: it
 * says so, answers 503 (with a time to retry) instead of hanging, and serves again when the database returns.
 */
class DatabaseOutageTest {

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void the_program_answers_503_while_its_database_is_away_and_recovers_when_it_returns() throws Exception {
        int port = freePort();
        DatabaseSettings externalDatabase = DatabaseSettings.embedded(directory.resolve("external")).onPort(port);
        // Made once, so that its roles' passwords are known before the program starts without it.
        Database.start(externalDatabase).close();
        DatabaseSettings access = externalDatabase.externalAccess();
        Configuration configuration = TestConfigurations.embeddedIn(directory.resolve("program"), Map.of(
                "HOTLINE_DB_URL", access.url().get(), "HOTLINE_DB_USER", access.user().get(),
                "HOTLINE_DB_PASSWORD", access.password().get(), "HOTLINE_DB_MIGRATION_USER", access.migrationUser().get(),
                "HOTLINE_DB_MIGRATION_PASSWORD", access.migrationPassword().get(), "HOTLINE_DB_POOL_SIZE", "4"));

        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            // Down at start: the program runs, says it is not ready, and refuses reports with 503.
            assertThat(get(hotline, "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(hotline, "/health/ready").statusCode()).isEqualTo(503);
            var refused = report(hotline);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();

            Database database = Database.start(externalDatabase);
            try {
                awaitStatus(hotline, "/health/ready", 200);
                assertThat(awaitReport(hotline).statusCode()).isEqualTo(201);
            } finally {
                database.close();
            }

            // Away mid-run.
            assertThat(get(hotline, "/health/ready").statusCode()).isEqualTo(503);
            assertThat(report(hotline).statusCode()).isEqualTo(503);

            // Back.
            database = Database.start(externalDatabase);
            try {
                awaitStatus(hotline, "/health/ready", 200);
                assertThat(awaitReport(hotline).statusCode()).isEqualTo(201);
            } finally {
                database.close();
            }
        }
    }

    private HttpResponse<String> awaitReport(Hotline hotline) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = report(hotline);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            response = report(hotline);
        }
        return response;
    }

    private void awaitStatus(Hotline hotline, String path, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (get(hotline, path).statusCode() != status) {
            assertThat(System.nanoTime()).as("%s answered %d in time", path, status).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> get(Hotline hotline, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> report(Hotline hotline) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/v1/reports"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"http://example.org/outage\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
