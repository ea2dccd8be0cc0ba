package org.hotline.domain.hosting.dns;

/** Checks a record's time to live: seconds, from 0 to 2^31 - 1 (RFC 2181). */
final class Ttl {

    static final long MAX = Integer.MAX_VALUE;

    private Ttl() {
    }

    static long checked(long ttl) {
        if (ttl < 0 || ttl > MAX) {
            throw new IllegalArgumentException("a time to live is 0 to " + MAX + " seconds, not " + ttl);
        }
        return ttl;
    }
}
