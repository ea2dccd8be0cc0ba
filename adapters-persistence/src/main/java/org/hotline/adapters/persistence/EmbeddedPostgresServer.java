package org.hotline.adapters.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by this program from the binaries on its class path, with its data in a directory that
 * survives restarts. Made for a single hotline's installation and for tests; a larger deployment points the
 * program at its own PostgreSQL instead.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "hotline";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        stopOrphanedServer(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // The library's defaults trade durability for test speed; a hotline must not lose a report it
                // acknowledged, so every commit is flushed before it is confirmed.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        createDatabaseIfMissing(postgres);
        LOG.atInfo().addKeyValue("dataDirectory", directory).addKeyValue("port", postgres.getPort())
                .log("embedded PostgreSQL started");
        return new EmbeddedPostgresServer(postgres);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IOException("could not create the database " + DATABASE + " in the embedded PostgreSQL", e);
        }
    }

    /**
     * A server left running by an earlier run of this program that was killed (its PostgreSQL outlives it) still
     * holds the data directory. It is asked to shut down cleanly before a new one starts.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (orphan.isEmpty() || !orphan.get().isAlive() || !isPostgres(orphan.get())) {
            return;
        }
        LOG.atWarn().addKeyValue("pid", orphan.get().pid()).log("stopping a PostgreSQL left running by an earlier run");
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the earlier PostgreSQL to stop", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the PostgreSQL left running by an earlier run (pid " + orphan.get().pid()
                    + ") did not stop; stop it and start again", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }
}
