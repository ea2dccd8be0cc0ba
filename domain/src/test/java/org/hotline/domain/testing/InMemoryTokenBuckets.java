package org.hotline.domain.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.hotline.domain.Clock;
import org.hotline.domain.throttle.Admission;
import org.hotline.domain.throttle.Allowance;
import org.hotline.domain.throttle.TokenBucket;
import org.hotline.domain.throttle.TokenBuckets;

/** Token buckets in memory, counted by the domain's rule on the given clock, for tests. */
public final class InMemoryTokenBuckets implements TokenBuckets {

    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new HashMap<>();

    public InMemoryTokenBuckets(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Admission take(String key, Allowance allowance) {
        TokenBucket now = current(key, allowance);
        Admission admission = now.admission(allowance);
        if (admission.admitted() && allowance.limits()) {
            buckets.put(key, now.taken());
        }
        return admission;
    }

    @Override
    public synchronized Admission check(String key, Allowance allowance) {
        return current(key, allowance).admission(allowance);
    }

    @Override
    public synchronized int forgetIdle(Duration idleFor) {
        int before = buckets.size();
        buckets.values().removeIf(bucket -> bucket.countedAt().plus(idleFor).isBefore(clock.instant()));
        return before - buckets.size();
    }

    private TokenBucket current(String key, Allowance allowance) {
        return buckets.getOrDefault(key, TokenBucket.full(allowance, clock.instant())).at(clock.instant(), allowance);
    }
}
