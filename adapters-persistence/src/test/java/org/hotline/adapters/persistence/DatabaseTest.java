package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hotline.domain.Unavailable;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.Receipt;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.SubmitReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path directory;

    @Test
    void an_embedded_database_keeps_its_data_across_restarts() {
        Receipt receipt;
        try (Database first = Database.start(DatabaseSettings.embedded(directory))) {
            receipt = intakeOn(first).submit(aReport()).get();
        }
        try (Database second = Database.start(DatabaseSettings.embedded(directory))) {
            assertThat(new PostgresReports(second).byId(receipt.id()).map(f -> f.report().id())).containsExactly(receipt.id());
        }
    }

    @Test
    void an_external_database_is_used_when_a_url_is_given() throws Exception {
        Database shared = TestDatabase.shared();
        String url;
        try (var connection = shared.dataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        var settings = TestDatabase.asExternal(url, directory);
        try (Database external = Database.start(settings)) {
            assertThat(external.ready()).isTrue();
            int version = external.jdbi().withHandle(h -> h.createQuery(
                    "select max(installed_rank) from flyway_schema_history").mapTo(Integer.class).one());
            assertThat(version).isPositive();
        }
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void a_database_unreachable_at_start_is_waited_for_and_used_when_it_comes() throws Exception {
        int port = freePort();
        // Made once, so that its passwords are known before the program starts without it.
        EmbeddedPostgresServer.start(directory.resolve("pg"), port).close();
        var settings = externalSettings(directory.resolve("pg"), port);

        try (Database database = Database.start(settings)) {
            assertThat(database.ready()).isFalse();
            assertThatThrownBy(() -> intakeOn(database).submit(aReport()))
                    .isInstanceOf(Unavailable.class).hasMessageNotContaining(settings.password().get());

            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("pg"), port)) {
                awaitReady(database);
                Receipt receipt = intakeOn(database).submit(aReport()).get();
                assertThat(new PostgresReports(database).byId(receipt.id())).hasSize(1);
            }
        }
    }

    @Test
    void a_database_lost_mid_run_gives_unavailable_and_is_used_again_when_it_returns() throws Exception {
        int port = freePort();
        Path data = directory.resolve("pg");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port);
        var settings = externalSettings(data, port);
        try (Database database = Database.start(settings)) {
            assertThat(database.ready()).isTrue();
            Receipt before = intakeOn(database).submit(aReport()).get();

            server.close();
            assertThat(database.ready()).isFalse();
            assertThatThrownBy(() -> intakeOn(database).submit(aReport())).isInstanceOf(Unavailable.class);
            assertThatThrownBy(() -> new PostgresReports(database).byId(before.id())).isInstanceOf(Unavailable.class);

            server = EmbeddedPostgresServer.start(data, port);
            awaitReady(database);
            awaitWritable(database);
            assertThat(new PostgresReports(database).byId(before.id())).hasSize(1);
        } finally {
            server.close();
        }
    }

    private static void awaitReady(Database database) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!database.ready()) {
            assertThat(System.nanoTime() - deadline).as("the database became ready in time").isNegative();
            Thread.sleep(200);
        }
    }

    /** The pool may hold connections broken by the outage; the fail-fast window passes and a write goes through. */
    private static void awaitWritable(Database database) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                intakeOn(database).submit(aReport()).get();
                return;
            } catch (Unavailable e) {
                assertThat(System.nanoTime() - deadline).as("writes resumed in time").isNegative();
                Thread.sleep(200);
            }
        }
    }

    private static SubmitReport intakeOn(Database database) {
        return new ReportIntake(new PostgresReports(database), Instant::now, UUID::randomUUID);
    }

    private static ReportSubmission aReport() {
        return new ReportSubmission(Channel.WEB_FORM, List.of("example.org/" + UUID.randomUUID()), List.of(), null, null, null, null);
    }

    /** The embedded database in {@code data}, on {@code port}, reached as an external one with its roles. */
    private static DatabaseSettings externalSettings(Path data, int port) throws java.io.IOException {
        return DatabaseSettings.embedded(data).onPort(port).externalAccess().withPoolSize(2);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_second_program_on_the_same_directory_is_refused_and_the_first_keeps_running() {
        try (Database first = Database.start(DatabaseSettings.embedded(directory))) {
            assertThatThrownBy(() -> Database.start(DatabaseSettings.embedded(directory)))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("another hotline program is using the database directory");
            assertThat(first.ready()).isTrue();
            assertThat(intakeOn(first).submit(aReport()).isRight()).isTrue();
        }
    }
}
