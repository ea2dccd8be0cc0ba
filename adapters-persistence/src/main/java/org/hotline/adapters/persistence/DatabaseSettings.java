package org.hotline.adapters.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is. With no URL, an embedded PostgreSQL is started with its data in {@code dataDirectory},
 * which survives restarts; with a URL, that PostgreSQL is used and the data directory is ignored.
 *
 * @param url a JDBC URL such as {@code jdbc:postgresql://db.example.org:5432/hotline}, or empty for embedded
 * @param user the user for {@code url}
 * @param password the password for {@code url}
 * @param dataDirectory the embedded database's directory
 * @param poolSize the most connections the program opens
 * @param embeddedPort the loopback port of the embedded database; 0 for any free port
 */
public record DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password,
        Path dataDirectory, int poolSize, int embeddedPort) {

    public DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password, Path dataDirectory,
            int poolSize) {
        this(url, user, password, dataDirectory, poolSize, 0);
    }

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException("a port is between 0 and 65535");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
    }

    public static DatabaseSettings embedded(Path dataDirectory) {
        return new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), dataDirectory, 16, 0);
    }

    /** The embedded database on a fixed loopback port. */
    public DatabaseSettings onPort(int port) {
        return new DatabaseSettings(url, user, password, dataDirectory, poolSize, port);
    }

    /** The JDBC URL of the embedded database of these settings, for a client on this machine (it needs a fixed port). */
    public String embeddedUrl() {
        if (embeddedPort == 0) {
            throw new IllegalStateException("the embedded database has no fixed port");
        }
        return "jdbc:postgresql://localhost:" + embeddedPort + "/" + EmbeddedPostgresServer.DATABASE;
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }

    @Override
    public String toString() {
        // Never the password.
        return isEmbedded() ? "embedded PostgreSQL in " + dataDirectory : url.get() + " as " + user.orElse("(default user)");
    }
}
