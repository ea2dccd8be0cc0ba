package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hotline.domain.report.Channel;
import org.hotline.domain.report.Receipt;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path directory;

    @Test
    void an_embedded_database_keeps_its_data_across_restarts() {
        Receipt receipt;
        try (Database first = Database.start(DatabaseSettings.embedded(directory))) {
            receipt = new ReportIntake(new PostgresReports(first.jdbi()), Instant::now, UUID::randomUUID)
                    .submit(new ReportSubmission(Channel.WEB_FORM, List.of("example.org/kept"), List.of(), null, null, null, null))
                    .get();
        }
        try (Database second = Database.start(DatabaseSettings.embedded(directory))) {
            assertThat(new PostgresReports(second.jdbi()).byId(receipt.id()).map(f -> f.report().id())).containsExactly(receipt.id());
        }
    }

    @Test
    void an_external_database_is_used_when_a_url_is_given() throws Exception {
        Database shared = TestDatabase.shared();
        String url;
        try (var connection = shared.dataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        var settings = new DatabaseSettings(Optional.of(url), Optional.of("postgres"), Optional.of("unused"), directory, 2);
        try (Database external = Database.start(settings)) {
            int version = external.jdbi().withHandle(h -> h.createQuery(
                    "select max(installed_rank) from flyway_schema_history").mapTo(Integer.class).one());
            assertThat(version).isPositive();
        }
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void an_unreachable_database_is_reported_clearly() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var settings = new DatabaseSettings(Optional.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/hotline"),
                Optional.of("hotline"), Optional.of("secret-password"), directory, 2);

        assertThatThrownBy(() -> Database.start(settings))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining("secret-password");
    }
}
