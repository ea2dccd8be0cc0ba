package org.hotline.adapters.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is. With no URL, an embedded PostgreSQL is started with its data in {@code dataDirectory},
 * which survives restarts; with a URL, that PostgreSQL is used and the data directory is ignored.
 *
 * @param url a JDBC URL such as {@code jdbc:postgresql://db.example.org:5432/hotline}, or empty for embedded
 * @param user the user for {@code url}: the role the program serves as
 * @param password the password for {@code url}
 * @param dataDirectory the embedded database's directory
 * @param poolSize the most connections the program opens
 * @param embeddedPort the loopback port of the embedded database; 0 for any free port
 * @param migrationUser the role that owns the schema and migrates it, when it is not {@code user}; the program then
 *                      grants {@code user} what it needs, and no more
 * @param migrationPassword the password of {@code migrationUser}
 */
public record DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password,
        Path dataDirectory, int poolSize, int embeddedPort, Optional<String> migrationUser,
        Optional<String> migrationPassword) {

    public DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password, Path dataDirectory,
            int poolSize) {
        this(url, user, password, dataDirectory, poolSize, 0);
    }

    public DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password, Path dataDirectory,
            int poolSize, int embeddedPort) {
        this(url, user, password, dataDirectory, poolSize, embeddedPort, Optional.empty(), Optional.empty());
    }

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(migrationUser, "migrationUser");
        Objects.requireNonNull(migrationPassword, "migrationPassword");
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
        return new DatabaseSettings(url, user, password, dataDirectory, poolSize, port, migrationUser, migrationPassword);
    }

    /** These settings with another number of connections. */
    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(url, user, password, dataDirectory, size, embeddedPort, migrationUser, migrationPassword);
    }

    /** The JDBC URL of the embedded database of these settings, for a client on this machine (it needs a fixed port). */
    public String embeddedUrl() {
        if (embeddedPort == 0) {
            throw new IllegalStateException("the embedded database has no fixed port");
        }
        return "jdbc:postgresql://localhost:" + embeddedPort + "/" + EmbeddedPostgresServer.DATABASE;
    }

    /**
     * How another program reaches the embedded database of these settings as an external one, with its roles and
     * passwords: the application role to serve as, the owner to migrate as. It must have been started once.
     */
    public DatabaseSettings externalAccess() throws IOException {
        EmbeddedCredentials credentials = EmbeddedCredentials.readFrom(dataDirectory);
        return new DatabaseSettings(Optional.of(embeddedUrl()), Optional.of(EmbeddedCredentials.APPLICATION),
                Optional.of(credentials.applicationPassword()), dataDirectory, poolSize, 0,
                Optional.of(EmbeddedCredentials.OWNER), Optional.of(credentials.ownerPassword()));
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }

    @Override
    public String toString() {
        // Never a password.
        return isEmbedded() ? "embedded PostgreSQL in " + dataDirectory : url.get() + " as " + user.orElse("(default user)")
                + migrationUser.map(owner -> ", migrated as " + owner).orElse("");
    }
}
