package org.hotline.adapters.web;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may make {@code burst} requests at once, and {@code perMinute} a minute
 * over time. Memory stays bounded: when too many clients are tracked, those whose buckets have refilled (idle
 * clients) are forgotten, which loses nothing.
 */
final class RateLimiter {

    static final int MAX_TRACKED_CLIENTS = 100_000;

    private final double tokensPerNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    RateLimiter(RateLimit limit, LongSupplier nanoTime) {
        this.tokensPerNano = limit.perMinute() / 60e9;
        this.burst = limit.burst();
        this.nanoTime = nanoTime;
    }

    /** Takes a token for the client: empty when admitted, else the whole seconds until a token is free. */
    OptionalLong admit(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            forgetIdleClients(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedNanos) * tokensPerNano);
            bucket.updatedNanos = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double nanosToNextToken = (1 - bucket.tokens) / tokensPerNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToNextToken / 1e9)));
        }
    }

    int trackedClients() {
        return buckets.size();
    }

    private void forgetIdleClients(long now) {
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                return bucket.tokens + (now - bucket.updatedNanos) * tokensPerNano >= burst;
            }
        });
    }
}
