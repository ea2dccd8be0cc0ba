package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what on the embedded PostgreSQL (issue 10, finding 2). It trusted every local connection as its
 * superuser: any local user could read contact details and password hashes, lift the audit trail's triggers and run
 * programs. Now every connection proves a password kept where only the program's user reads it, and the program
 * serves as a role that can read and write rows and nothing more.
 */
class EmbeddedDatabaseAccessTest {

    @TempDir
    Path directory;

    @Test
    void every_connection_needs_a_password_that_only_this_user_can_read() throws Exception {
        int port = freePort();
        try (Database database = Database.start(DatabaseSettings.embedded(directory).onPort(port))) {
            assertThat(Files.getPosixFilePermissions(directory.resolve(EmbeddedCredentials.FILE)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(HostAuthentication.trustsAnyone(directory)).as("a rule trusts a connection without a password").isFalse();
            String url = url(port);
            for (String role : List.of(EmbeddedCredentials.SUPERUSER, EmbeddedCredentials.OWNER, EmbeddedCredentials.APPLICATION)) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, null)).as(role + " without a password")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, "not the password")).as(role)
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            }
            // HOTLINE_DB_PORT still serves an operator's psql, with the owner's password from the file.
            EmbeddedCredentials credentials = EmbeddedCredentials.readFrom(directory);
            try (Connection operator = DriverManager.getConnection(url, EmbeddedCredentials.OWNER, credentials.ownerPassword())) {
                assertThat(count(operator, "select count(*) from staff_member")).isZero();
            }
        }
    }

    @Test
    void the_program_serves_as_a_role_that_cannot_change_the_schema_lift_a_trigger_or_run_a_program() {
        Database database = TestDatabase.empty();
        boolean superuser = database.jdbi().withHandle(h -> h.createQuery(
                "select rolsuper from pg_roles where rolname = current_user").mapTo(Boolean.class).one());
        assertThat(superuser).isFalse();

        for (String statement : List.of(
                "alter table audit_record disable trigger user",
                "alter table audit_head disable trigger all",
                "drop trigger audit_record_no_update_or_delete on audit_record",
                "update audit_record set subject = 'x'",
                "copy (select 1) to program 'true'",
                "copy audit_record from '/etc/hostname'",
                "select pg_read_file('/etc/hostname')",
                "select * from pg_authid",
                "set session_replication_role = replica",
                "create table smuggled (id int)",
                "create function smuggled() returns int language sql as 'select 1'",
                "drop table report cascade",
                "truncate report cascade",
                "alter role current_user superuser",
                "grant pg_execute_server_program to current_user",
                "delete from flyway_schema_history")) {
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(statement))).as(statement)
                    .hasMessageContaining("ERROR");
        }
        int triggersOn = database.jdbi().withHandle(h -> h.createQuery("select count(*) from pg_trigger t join pg_class c "
                + "on c.oid = t.tgrelid where c.relname in ('audit_record', 'audit_head') and t.tgenabled = 'O'")
                .mapTo(Integer.class).one());
        assertThat(triggersOn).as("the audit triggers are all still on").isEqualTo(5);
    }

    @Test
    void a_data_directory_of_an_earlier_version_that_trusted_everyone_gets_passwords_and_keeps_its_data() throws Exception {
        int port = freePort();
        UUID report = anEarlierVersionsDirectory(port);

        try (Database database = Database.start(DatabaseSettings.embedded(directory).onPort(port))) {
            String description = database.jdbi().withHandle(h -> h.createQuery("select description from report where id = ?")
                    .bind(0, report).mapTo(String.class).one());
            assertThat(description).isEqualTo("kept across the upgrade");
            int notTheOwners = database.jdbi().withHandle(h -> h.createQuery(
                    "select count(*) from pg_tables where schemaname = 'public' and tableowner <> 'hotline_owner'")
                    .mapTo(Integer.class).one());
            assertThat(notTheOwners).as("every table passed to the owner").isZero();
            assertThatThrownBy(() -> DriverManager.getConnection(url(port), EmbeddedCredentials.SUPERUSER, null))
                    .as("no more trust").isInstanceOf(SQLException.class);
            assertThat(HostAuthentication.trustsAnyone(directory)).as("a rule trusts a connection without a password").isFalse();
        }
        try (Database again = Database.start(DatabaseSettings.embedded(directory).onPort(port))) {
            assertThat(again.ready()).as("a second start finds everything in place").isTrue();
        }
    }

    /** A data directory as versions before this one made it: every local connection trusted, the superuser owning all. */
    private UUID anEarlierVersionsDirectory(int port) throws Exception {
        Path binaries = PostgresBinaries.unpacked();
        Files.createDirectories(directory);
        EmbeddedPostgresServer.run(binaries, Duration.ofMinutes(5), "initdb", "-D", directory.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-locale", "--no-instructions");
        EmbeddedPostgresServer.run(binaries, Duration.ofMinutes(2), "pg_ctl", "-D", directory.toString(), "-l",
                directory.resolve("postgres.log").toString(), "-w", "-o",
                "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''", "start");
        UUID report = UUID.randomUUID();
        try {
            try (Connection server = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null)) {
                server.createStatement().execute("create database hotline encoding 'UTF8' template template0");
            }
            Flyway.configure().dataSource(url(port), "postgres", null).locations("classpath:db/migration").load().migrate();
            try (Connection hotline = DriverManager.getConnection(url(port), "postgres", null)) {
                var insert = hotline.prepareStatement("insert into report (id, reference, received_at, channel, description) "
                        + "values (?, 'ABCD-EFGH-JKMN', now(), 'WEB_FORM', 'kept across the upgrade')");
                insert.setObject(1, report);
                insert.execute();
            }
        } finally {
            EmbeddedPostgresServer.run(binaries, Duration.ofMinutes(1), "pg_ctl", "-D", directory.toString(), "-m", "fast",
                    "-w", "stop");
        }
        return report;
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE;
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (var result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
