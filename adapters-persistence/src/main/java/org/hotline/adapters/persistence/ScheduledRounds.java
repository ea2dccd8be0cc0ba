package org.hotline.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * Scheduled work that runs once across every instance of the program on one database: tidying lapsed claims, backups,
 * forgetting idle rate buckets, and whatever comes next. Every instance ticks on its own; at each tick it asks
 * {@link #runIfDue}, which runs the work only when the round is due (by the database's clock, which all instances
 * share) and no other instance is running it (it holds a PostgreSQL advisory lock named after the round while it
 * runs). Once the work is done, the round is next due a period later. An instance that dies while running releases
 * the lock with its connection, and the round, still due, runs at another instance's next tick: at least once, and
 * never twice at the same time.
 *
 * <p>Use it for work on a schedule. For rows of work that several instances share out (capture jobs, an outbox,
 * re-checks), take the rows with {@code FOR UPDATE SKIP LOCKED}: see {@link JobTable}.
 */
public final class ScheduledRounds {

    /** The first key of every advisory lock of a round; the second is the hash of the round's name. */
    static final int LOCK_SPACE = 0x484c_5244;

    private final DataSource dataSource;
    private final String instance;

    public ScheduledRounds(Database database) {
        this.dataSource = Objects.requireNonNull(database, "database").dataSource();
        this.instance = database.instance();
    }

    /**
     * Runs the work now if the round is due and no instance is running it; the round is then due again after
     * {@code every}. A round met for the first time is due at once.
     *
     * @return true when this instance ran the work
     */
    public boolean runIfDue(String round, Duration every, Runnable work) {
        Objects.requireNonNull(work, "work");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!query(connection, "select pg_try_advisory_lock(?, hashtext(?))", round)) {
                return false;
            }
            try {
                return runLocked(connection, round, every, work);
            } finally {
                query(connection, "select pg_advisory_unlock(?, hashtext(?))", round);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the round " + round + " could not be scheduled: " + e.getMessage(), e);
        }
    }

    private boolean runLocked(Connection connection, String round, Duration every, Runnable work) throws SQLException {
        update(connection, "insert into scheduled_round (name, due_at) values (?, now()) on conflict (name) do nothing",
                round);
        if (!query(connection, "select due_at <= now() from scheduled_round where name = ?", round)) {
            return false;
        }
        update(connection, "update scheduled_round set last_started_at = now(), last_run_by = ? where name = ?",
                instance, round);
        work.run();
        try (PreparedStatement done = connection.prepareStatement("""
                update scheduled_round set due_at = now() + make_interval(secs => ?), last_finished_at = now()
                where name = ?""")) {
            done.setDouble(1, every.toMillis() / 1000.0);
            done.setString(2, round);
            done.executeUpdate();
        }
        return true;
    }

    private static boolean query(Connection connection, String sql, String round) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (sql.contains("hashtext")) {
                statement.setInt(parameter++, LOCK_SPACE);
            }
            statement.setString(parameter, round);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
