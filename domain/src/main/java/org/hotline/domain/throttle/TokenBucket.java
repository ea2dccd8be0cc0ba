package org.hotline.domain.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The rule of a token bucket, kept apart from where buckets are stored: a bucket holds at most the allowance's
 * burst of tokens, refills evenly at its rate, and each thing a client does takes one token. The store keeps the
 * tokens and the time they were counted; every instance of the program counts them by this rule.
 */
@ValueObject
public record TokenBucket(double tokens, Instant countedAt) {

    public TokenBucket {
        Objects.requireNonNull(countedAt, "countedAt");
        if (tokens < 0 || Double.isNaN(tokens)) {
            throw new IllegalArgumentException("a bucket never holds fewer than no tokens");
        }
    }

    /** A bucket not yet used: full. */
    public static TokenBucket full(Allowance allowance, Instant at) {
        return new TokenBucket(allowance.burst(), at);
    }

    /** The bucket as it stands at {@code at}: refilled for the time since it was counted, never past the burst. */
    public TokenBucket at(Instant at, Allowance allowance) {
        long elapsed = Math.max(0, Duration.between(countedAt, at).toNanos());
        double refilled = Math.min(allowance.burst(), tokens + elapsed * allowance.tokensPerNano());
        return new TokenBucket(refilled, at.isAfter(countedAt) ? at : countedAt);
    }

    /** Whether a token may be taken, and if not, how long until one may. */
    public Admission admission(Allowance allowance) {
        if (!allowance.limits() || tokens >= 1) {
            return Admission.ADMITTED;
        }
        long nanos = (long) Math.ceil((1 - tokens) / allowance.tokensPerNano());
        return new Admission.Refused(Duration.ofNanos(Math.max(nanos, Duration.ofSeconds(1).toNanos())));
    }

    /** The bucket after one token is taken; refused when there is none. */
    public TokenBucket taken() {
        if (tokens < 1) {
            throw new IllegalStateException("there is no token to take");
        }
        return new TokenBucket(tokens - 1, countedAt);
    }
}
