package org.hotline.domain.audit;

import java.util.Objects;

/**
 * One entry as kept in the trail: its place in the chain, the hash of the record before it, and its own hash over
 * both and every field of the entry (see {@link AuditChain}).
 *
 * @param sequence 1 for the first record, then one more for each record, without gaps
 */
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("a record's sequence starts at 1: " + sequence);
        }
    }

    /** The end of the chain once this record is appended. */
    public AuditHead head() {
        return new AuditHead(sequence, hash);
    }
}
