package org.hotline.adapters.persistence;

import java.io.IOException;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's database: a connection pool on PostgreSQL (embedded or external), with the schema migrated forward
 * to the current version before anything else uses it.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final EmbeddedPostgresServer embedded;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(EmbeddedPostgresServer embedded, HikariDataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin()).installPlugin(new SqlObjectPlugin());
        for (Class<?> row : ReportRows.class.getDeclaredClasses()) {
            jdbi.registerRowMapper(ConstructorMapper.factory(row));
        }
    }

    /** Starts (or connects to) the database and migrates its schema. */
    public static Database start(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        EmbeddedPostgresServer embedded = null;
        HikariDataSource dataSource = null;
        try {
            HikariConfig pool = new HikariConfig();
            if (settings.isEmbedded()) {
                embedded = EmbeddedPostgresServer.start(settings.dataDirectory());
                pool.setJdbcUrl(embedded.jdbcUrl());
            } else {
                pool.setJdbcUrl(settings.url().get());
                settings.user().ifPresent(pool::setUsername);
                settings.password().ifPresent(pool::setPassword);
            }
            pool.setPoolName("hotline");
            pool.setMaximumPoolSize(settings.poolSize());
            pool.setMinimumIdle(Math.min(2, settings.poolSize()));
            pool.setConnectionTimeout(5_000);
            pool.setValidationTimeout(2_000);
            pool.setInitializationFailTimeout(-1);
            pool.addDataSourceProperty("ApplicationName", "hotline");
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
            dataSource = new HikariDataSource(pool);
            migrate(dataSource);
            LOG.atInfo().addKeyValue("database", settings).log("database ready");
            return new Database(embedded, dataSource);
        } catch (IOException | RuntimeException e) {
            closeQuietly(dataSource, embedded);
            throw new DatabaseUnavailableException("The database could not be started or reached (" + settings + "): "
                    + rootMessage(e), e);
        }
    }

    private static void migrate(DataSource dataSource) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.atInfo().addKeyValue("migrationsApplied", result.migrationsExecuted)
                .addKeyValue("schemaVersion", result.targetSchemaVersion).log("schema migrated");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        closeQuietly(dataSource, embedded);
    }

    private static void closeQuietly(HikariDataSource dataSource, EmbeddedPostgresServer embedded) {
        if (dataSource != null) {
            dataSource.close();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.atWarn().setCause(e).log("the embedded PostgreSQL did not stop cleanly");
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
