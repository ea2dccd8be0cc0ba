package org.hotline.domain.throttle;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the token buckets of clients are kept, by key (such as {@code report:203.0.113.7}), shared by every instance
 * of the program on one database, so that a client that spreads its requests over the instances gets no more than
 * the allowance. A store counts tokens by the {@link TokenBucket} rule, and takes a token in one step with the count.
 */
@SecondaryPort
public interface TokenBuckets {

    /** Takes a token from the client's bucket when one is there; says how long to wait when none is. */
    Admission take(String key, Allowance allowance);

    /** Whether the client's bucket holds a token now, taking none. */
    Admission check(String key, Allowance allowance);

    /** Forgets the buckets untouched for longer than the refill of the most generous allowance: they are full again. */
    int forgetIdle(java.time.Duration idleFor);
}
