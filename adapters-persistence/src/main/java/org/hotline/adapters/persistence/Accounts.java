package org.hotline.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two roles the program uses on its database: the application role it serves as, which reads and writes rows
 * and nothing more, and the owner of the schema, which migrates it. On the embedded database they are the roles of
 * {@link EmbeddedCredentials}; on an external one, {@code HOTLINE_DB_USER} and, where the operator gives one,
 * {@code HOTLINE_DB_MIGRATION_USER} (otherwise one role does both, and the schema's rules protect less).
 */
record Accounts(String url, Account application, Account owner) {

    /** A role and its password; an empty user is the driver's default. */
    record Account(Optional<String> user, Optional<String> password) {
    }

    static Accounts of(DatabaseSettings settings, EmbeddedPostgresServer embedded) {
        if (embedded != null) {
            EmbeddedCredentials credentials = embedded.credentials();
            return new Accounts(embedded.jdbcUrl(),
                    new Account(Optional.of(EmbeddedCredentials.APPLICATION), Optional.of(credentials.applicationPassword())),
                    new Account(Optional.of(EmbeddedCredentials.OWNER), Optional.of(credentials.ownerPassword())));
        }
        Account application = new Account(settings.user(), settings.password());
        Account owner = settings.migrationUser().isPresent()
                ? new Account(settings.migrationUser(), settings.migrationPassword())
                : application;
        return new Accounts(settings.url().get(), application, owner);
    }

    /** Properties of every connection: the server's error details and a failed batch's values never reach a log. */
    static Map<String, String> connectionProperties(String applicationName) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ApplicationName", applicationName);
        properties.put("connectTimeout", "3");
        properties.put("socketTimeout", "60");
        properties.put("tcpKeepAlive", "true");
        // The server's detail of an error ("Failing row contains (...)", "Key (...)=(...)") and the statements of a
        // failed batch carry stored values: they stay out of exceptions, and so out of logs.
        properties.put("logServerErrorDetail", "false");
        return properties;
    }

    /** Unpooled connections as the owner: migrations and restores are rare and short. */
    DataSource ownerDataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        owner.user().ifPresent(source::setUser);
        owner.password().ifPresent(source::setPassword);
        try {
            for (var property : connectionProperties("hotline-owner").entrySet()) {
                source.setProperty(property.getKey(), property.getValue());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a connection property is not one the driver knows", e);
        }
        return source;
    }

    /**
     * Grants the application role what the program needs, as the owner, after every migration: it reads and writes
     * rows; it appends to the audit trail but never changes or removes a record of it, nor removes its head; it reads
     * the schema's version but cannot change it. It owns nothing, so it can neither change the schema nor lift a
     * trigger. Nothing to do where one role does both.
     */
    void grantTheApplicationItsPrivileges() {
        if (application.user().isEmpty() || application.user().equals(owner.user())) {
            return;
        }
        String role = quoted(application.user().get());
        try (Connection connection = ownerDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("grant usage on schema public to " + role);
            statement.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            statement.execute("revoke truncate, references, trigger on all tables in schema public from " + role);
            statement.execute("revoke update, delete on audit_record from " + role);
            statement.execute("revoke delete on audit_head from " + role);
            statement.execute("revoke insert, update, delete on flyway_schema_history from " + role);
            statement.execute("grant usage, select, update on all sequences in schema public to " + role);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("the application role " + application.user().get()
                    + " could not be given its privileges: " + e.getMessage(), e);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
