package org.hotline.adapters.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's database: a connection pool on PostgreSQL (embedded or external), with the schema migrated forward
 * to the current version before anything else uses it.
 *
 * <p>The embedded server is the program's own: if it cannot start, the program cannot either. An external database
 * may be down when the program starts: the program then starts anyway, says so, answers 503 where it needs the
 * database, and migrates and serves as soon as the database answers.
 */
public final class Database implements AutoCloseable {

    /** Writers filing reports in batches: two, so that one batch's commit overlaps the next batch's statements. */
    static final int INTAKE_WRITERS = 2;

    /** How often an external database that was unreachable at start is tried again. */
    static final Duration RETRY_EVERY = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final EmbeddedPostgresServer embedded;
    private final Accounts accounts;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Storage storage;
    private final ScheduledExecutorService retries;
    private final IntakeBatcher intake;
    private final String instance = instanceName();
    private volatile boolean migrated;

    private Database(EmbeddedPostgresServer embedded, Accounts accounts, HikariDataSource dataSource, MeterRegistry metrics) {
        this.embedded = embedded;
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin()).installPlugin(new SqlObjectPlugin());
        // A failed statement is described by its SQL alone, never by the values bound to it: those are reporters'
        // words and contact details, which must not reach a log.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::statementWithoutValues);
        for (Class<?> rows : java.util.List.of(ReportRows.class, StaffRows.class)) {
            for (Class<?> row : rows.getDeclaredClasses()) {
                jdbi.registerRowMapper(ConstructorMapper.factory(row));
            }
        }
        this.storage = new Storage(jdbi, () -> migrated);
        this.intake = new IntakeBatcher(storage, INTAKE_WRITERS, metrics);
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-migration-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts (or connects to) the database and migrates its schema. */
    public static Database start(DatabaseSettings settings) {
        return start(settings, null);
    }

    /** As {@link #start(DatabaseSettings)}, recording the connection pool's metrics in the registry. */
    public static Database start(DatabaseSettings settings, MeterRegistry metrics) {
        return start(settings, metrics, true);
    }

    /**
     * Opens the database without migrating its schema, for {@link Backups#restore}, which creates the schema at the
     * backup's version before it copies the data in.
     */
    public static Database openForRestore(DatabaseSettings settings) {
        return start(settings, null, false);
    }

    private static Database start(DatabaseSettings settings, MeterRegistry metrics, boolean migrate) {
        Objects.requireNonNull(settings, "settings");
        EmbeddedPostgresServer embedded = null;
        HikariDataSource dataSource = null;
        try {
            if (settings.isEmbedded()) {
                embedded = settings.embeddedPort() == 0
                        ? EmbeddedPostgresServer.start(settings.dataDirectory())
                        : EmbeddedPostgresServer.start(settings.dataDirectory(), settings.embeddedPort());
            }
            Accounts accounts = Accounts.of(settings, embedded);
            dataSource = pool(settings, accounts, metrics);
            Database database = new Database(embedded, accounts, dataSource, metrics);
            if (!migrate) {
                return database;
            }
            if (settings.isEmbedded()) {
                database.migrate();
            } else {
                database.migrateOrRetry(settings);
            }
            return database;
        } catch (IOException | RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException stopFailed) {
                    e.addSuppressed(stopFailed);
                }
            }
            throw new DatabaseUnavailableException("The database could not be started or reached (" + settings + "): "
                    + rootMessage(e), e);
        }
    }

    private static HikariDataSource pool(DatabaseSettings settings, Accounts accounts, MeterRegistry metrics) {
        HikariConfig pool = new HikariConfig();
        if (metrics != null) {
            pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        }
        pool.setJdbcUrl(accounts.url());
        accounts.application().user().ifPresent(pool::setUsername);
        accounts.application().password().ifPresent(pool::setPassword);
        pool.setPoolName("hotline");
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setMinimumIdle(Math.min(2, settings.poolSize()));
        // A request waits at most this long for a connection before it is answered 503.
        pool.setConnectionTimeout(2_000);
        pool.setValidationTimeout(1_000);
        // Start even when the database does not answer; connections are made when it does.
        pool.setInitializationFailTimeout(-1);
        Accounts.connectionProperties("hotline").forEach(pool::addDataSourceProperty);
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(pool);
    }

    /** Migrates the schema as its owner, then lets the application role do what it needs, and no more. */
    private void migrate() {
        var result = Flyway.configure()
                .dataSource(accounts.ownerDataSource())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        accounts.grantTheApplicationItsPrivileges();
        migrated = true;
        LOG.atInfo().addKeyValue("migrationsApplied", result.migrationsExecuted)
                .addKeyValue("schemaVersion", result.targetSchemaVersion).log("database ready");
    }

    private void migrateOrRetry(DatabaseSettings settings) {
        try {
            migrate();
        } catch (RuntimeException e) {
            if (!Storage.isConnectionFailure(e)) {
                throw e;
            }
            LOG.atWarn().addKeyValue("database", settings).addKeyValue("cause", rootMessage(e))
                    .addKeyValue("retryEverySeconds", RETRY_EVERY.toSeconds())
                    .log("the database is unreachable; serving without it (503 where it is needed) and trying again");
            retries.scheduleWithFixedDelay(this::retryMigration, RETRY_EVERY.toMillis(), RETRY_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void retryMigration() {
        if (migrated) {
            return;
        }
        try {
            migrate();
            retries.shutdown();
        } catch (RuntimeException e) {
            LOG.atDebug().addKeyValue("cause", rootMessage(e)).log("the database is still unreachable");
        }
    }

    /** True when the schema is in place and the database answers now. */
    public boolean ready() {
        if (!migrated) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(1);
            if (valid) {
                storage.answered();
            }
            return valid;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The program's own access: the application role, which reads and writes rows. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Access as the owner of the schema, which may change it (and lift its triggers): for migrations, restores, and
     * tests that play a database administrator. Never used to serve requests.
     */
    public Jdbi asOwner() {
        Jdbi owner = Jdbi.create(accounts.ownerDataSource()).installPlugin(new PostgresPlugin());
        owner.getConfig(StatementExceptions.class).setMessageRendering(Database::statementWithoutValues);
        return owner;
    }

    /**
     * The name of this instance of the program among those on one database (host, process and a random part), as the
     * rows of shared work record who holds them.
     */
    public String instance() {
        return instance;
    }

    private static String instanceName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        String random = Long.toString(new java.security.SecureRandom().nextInt(Integer.MAX_VALUE), 36);
        return host + "/" + ProcessHandle.current().pid() + "/" + random;
    }

    /** The owner's connections, for what must run as the owner: a restore. */
    DataSource ownerDataSource() {
        return accounts.ownerDataSource();
    }

    Storage storage() {
        return storage;
    }

    IntakeBatcher intake() {
        return intake;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool, then stops the embedded server, if any. Call after the last request is answered. */
    @Override
    public void close() {
        retries.shutdownNow();
        intake.close();
        dataSource.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.atWarn().setCause(e).log("the embedded PostgreSQL did not stop cleanly");
            }
        }
    }

    private static String statementWithoutValues(StatementException e) {
        var context = e.getStatementContext();
        String sql = context == null ? null : context.getRenderedSql();
        if (sql == null) {
            return e.getShortMessage();
        }
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return e.getShortMessage() + " [statement: " + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine)
                + "]";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
