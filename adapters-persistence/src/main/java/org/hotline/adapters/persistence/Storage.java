package org.hotline.adapters.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.hotline.domain.Unavailable;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * How repositories reach the database. Before the schema is migrated, and for a short while after a connection
 * failed, calls fail at once with {@link Unavailable} instead of each waiting for a connection that will not come:
 * the web answers 503 at once rather than hanging.
 */
final class Storage {

    /** After a connection failure, calls fail fast for this long before one is let through to try again. */
    static final Duration FAIL_FAST = Duration.ofSeconds(1);

    /** The transaction of the unit of work running on this thread, which every repository call joins. */
    private static final ThreadLocal<Handle> AMBIENT = new ThreadLocal<>();

    /** What the unit of work running on this thread does once, and only if, it commits. */
    private static final ThreadLocal<java.util.List<Runnable>> AFTER_COMMIT = new ThreadLocal<>();

    private final Jdbi jdbi;
    private final Readiness readiness;
    private final AtomicLong failingUntilNanos = new AtomicLong(Long.MIN_VALUE);

    /** Whether the schema is in place. */
    interface Readiness {
        boolean migrated();
    }

    Storage(Jdbi jdbi, Readiness readiness) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
    }

    Jdbi jdbi() {
        return jdbi;
    }

    <R> R read(HandleCallback<R, RuntimeException> work) {
        Handle ambient = AMBIENT.get();
        if (ambient != null) {
            return work.withHandle(ambient);
        }
        check();
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    <R> R write(HandleCallback<R, RuntimeException> work) {
        Handle ambient = AMBIENT.get();
        if (ambient != null) {
            return work.withHandle(ambient);
        }
        check();
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** True when a unit of work is open on this thread. */
    boolean inUnitOfWork() {
        return AMBIENT.get() != null;
    }

    /** Runs the work in one transaction that every repository call on this thread joins; a nested unit joins too. */
    <R> R inOneTransaction(java.util.function.Supplier<R> work) {
        if (AMBIENT.get() != null) {
            return work.get();
        }
        java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();
        R result = write(handle -> {
            AMBIENT.set(handle);
            AFTER_COMMIT.set(afterCommit);
            try {
                return work.get();
            } finally {
                AMBIENT.remove();
                AFTER_COMMIT.remove();
            }
        });
        afterCommit.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs the action once the unit of work on this thread has committed, and never if it rolls back; at once when no
     * unit of work is open (the caller's own transaction has then committed already).
     */
    void afterCommit(Runnable action) {
        java.util.List<Runnable> pending = AFTER_COMMIT.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /** The database answered a health check: calls need not fail fast any longer. */
    void answered() {
        failingUntilNanos.set(Long.MIN_VALUE);
    }

    private void check() {
        if (!readiness.migrated()) {
            throw new Unavailable("the database is not ready yet", null);
        }
        long until = failingUntilNanos.get();
        if (until != Long.MIN_VALUE && System.nanoTime() - until < 0) {
            throw new Unavailable("the database was unreachable moments ago", null);
        }
    }

    private RuntimeException translate(JdbiException e) {
        if (isConnectionFailure(e)) {
            failingUntilNanos.set(System.nanoTime() + FAIL_FAST.toNanos());
            return new Unavailable("the database is unreachable", e);
        }
        return e;
    }

    /** No connection could be had, or it broke: SQL state class 08, an administrator's shutdown (57P), or a timeout. */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionException || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.net.ConnectException || cause instanceof java.io.EOFException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
