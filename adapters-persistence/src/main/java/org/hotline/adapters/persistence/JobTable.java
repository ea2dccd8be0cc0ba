package org.hotline.adapters.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A table of jobs that several instances of the program work through at once (capture jobs, an outbox of messages,
 * re-checks of addresses): each job is done by one instance at a time, and a job whose instance died is taken up by
 * another. The table has at least these columns:
 *
 * <pre>
 *   id          uuid        primary key,
 *   run_after   timestamptz not null,           -- not before this time
 *   leased_by   text,                           -- the instance that holds it, while it does
 *   lease_until timestamptz,                    -- when its hold runs out
 *   attempts    integer     not null default 0  -- how often it was taken
 * </pre>
 *
 * and an index on {@code (run_after, id)}. An instance {@link #lease leases} the jobs that are due and free in one
 * statement that skips rows another instance is taking at that very moment ({@code FOR UPDATE SKIP LOCKED}), so
 * instances never wait on each other and never take the same job; it then does each job outside any transaction (a
 * fetch may take seconds), and {@link #finish finishes} it or {@link #retryLater retries it later}. A lease that runs
 * out (the instance died, or hung) frees the job for the next lease: a job is done at least once; make doing it twice
 * harmless (an outbox message carries its own identifier, say). What a job holds, and what finishing it means beyond
 * removing the row, belongs to the repository of that kind of job, which uses this class.
 */
public final class JobTable {

    private final Storage storage;
    private final String table;
    private final String instance;

    public JobTable(Database database, String table) {
        Objects.requireNonNull(database, "database");
        if (table == null || !table.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a job table is named in lower case: " + table);
        }
        this.storage = database.storage();
        this.table = table;
        this.instance = database.instance();
    }

    /** Leases to this instance, for {@code lease}, up to {@code limit} jobs that are due and free; the oldest first. */
    public List<UUID> lease(int limit, Duration lease) {
        return storage.write(handle -> handle.createQuery("update " + table + """
                 j set leased_by = :instance, lease_until = now() + make_interval(secs => :seconds),
                     attempts = j.attempts + 1
                from (select id from""" + " " + table + """
                       where run_after <= now() and (lease_until is null or lease_until < now())
                      order by run_after, id
                      limit :limit
                      for update skip locked) due
                where j.id = due.id
                returning j.id""")
                .bind("instance", instance)
                .bind("seconds", lease.toMillis() / 1000.0)
                .bind("limit", limit)
                .mapTo(UUID.class)
                .list());
    }

    /** Removes a job this instance holds, done; false when its lease ran out and another instance took it meanwhile. */
    public boolean finish(UUID job) {
        return storage.write(handle -> handle.createUpdate("delete from " + table + " where id = :id and leased_by = :instance")
                .bind("id", job).bind("instance", instance).execute()) == 1;
    }

    /** Gives a job this instance holds back, due again after {@code after}; false when another instance holds it now. */
    public boolean retryLater(UUID job, Duration after) {
        return storage.write(handle -> handle.createUpdate("update " + table + """
                 set run_after = now() + make_interval(secs => :seconds), leased_by = null, lease_until = null
                where id = :id and leased_by = :instance""")
                .bind("seconds", after.toMillis() / 1000.0).bind("id", job).bind("instance", instance).execute()) == 1;
    }
}
