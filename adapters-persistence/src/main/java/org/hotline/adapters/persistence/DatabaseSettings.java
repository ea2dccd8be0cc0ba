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
 */
public record DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password,
        Path dataDirectory, int poolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (poolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
    }

    public static DatabaseSettings embedded(Path dataDirectory) {
        return new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), dataDirectory, 16);
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
