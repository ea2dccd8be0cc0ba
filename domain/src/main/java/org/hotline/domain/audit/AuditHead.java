package org.hotline.domain.audit;

import java.util.Objects;

/**
 * The end of the chain: how many records there are and the hash of the last one. An empty trail ends in
 * {@link #EMPTY}, whose hash the first record carries as the hash before it.
 */
public record AuditHead(long sequence, String hash) {

    public static final AuditHead EMPTY = new AuditHead(0, "0".repeat(64));

    public AuditHead {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence is never negative: " + sequence);
        }
    }
}
