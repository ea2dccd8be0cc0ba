package org.hotline.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.throttle.Admission;
import org.hotline.domain.throttle.Allowance;
import org.hotline.domain.throttle.TokenBucket;
import org.hotline.domain.throttle.TokenBuckets;
import org.jdbi.v3.core.Handle;

/**
 * Token buckets in PostgreSQL, so that every instance of the program counts a client's tokens together: a take locks
 * the client's row for its transaction, counts by the domain's {@link TokenBucket} rule, and writes the result. Rows
 * of clients gone quiet are forgotten by a scheduled round; a missing row is a full bucket.
 */
public final class PostgresTokenBuckets implements TokenBuckets {

    private final Storage storage;
    private final Clock clock;

    public PostgresTokenBuckets(Database database, Clock clock) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Admission take(String key, Allowance allowance) {
        if (!allowance.limits()) {
            return Admission.ADMITTED;
        }
        Instant now = clock.instant();
        return storage.write(handle -> {
            handle.createUpdate("""
                    insert into rate_bucket (key, tokens, counted_at) values (:key, :burst, :now)
                    on conflict (key) do nothing""")
                    .bind("key", key).bind("burst", (double) allowance.burst()).bind("now", now)
                    .execute();
            TokenBucket bucket = find(handle, key, " for update").orElseThrow().at(now, allowance);
            Admission admission = bucket.admission(allowance);
            if (admission.admitted()) {
                TokenBucket taken = bucket.taken();
                handle.createUpdate("update rate_bucket set tokens = :tokens, counted_at = :at where key = :key")
                        .bind("tokens", taken.tokens()).bind("at", taken.countedAt()).bind("key", key)
                        .execute();
            }
            return admission;
        });
    }

    @Override
    public Admission check(String key, Allowance allowance) {
        Instant now = clock.instant();
        return storage.read(handle -> find(handle, key, "")).orElseGet(() -> TokenBucket.full(allowance, now))
                .at(now, allowance)
                .admission(allowance);
    }

    @Override
    public int forgetIdle(Duration idleFor) {
        return storage.write(handle -> handle.createUpdate("delete from rate_bucket where counted_at < :before")
                .bind("before", clock.instant().minus(idleFor))
                .execute());
    }

    private static java.util.Optional<TokenBucket> find(Handle handle, String key, String lock) {
        return handle.createQuery("select tokens, counted_at from rate_bucket where key = :key" + lock)
                .bind("key", key)
                .map((rows, context) -> new TokenBucket(rows.getDouble("tokens"),
                        rows.getObject("counted_at", java.time.OffsetDateTime.class).toInstant()))
                .findOne();
    }
}
