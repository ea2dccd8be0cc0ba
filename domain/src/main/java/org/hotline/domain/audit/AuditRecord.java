package org.hotline.domain.audit;

import java.util.Objects;

import io.vavr.control.Option;

/**
 * One entry as kept in the trail: its place in the chain, the hash of the record before it, its own hash over both
 * and every field of the entry (see {@link AuditChain}), and its seal under the program's key (see {@link AuditSeal}).
 *
 * @param sequence 1 for the first record, then one more for each record, without gaps
 * @param seal the keyed MAC of the hash; none on records written before the program sealed records
 */
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash, Option<String> seal) {

    public AuditRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(seal, "seal");
        if (sequence < 1) {
            throw new IllegalArgumentException("a record's sequence starts at 1: " + sequence);
        }
    }

    /** A record without a seal. */
    public AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {
        this(sequence, entry, previousHash, hash, Option.none());
    }

    /** The end of the chain once this record is appended. */
    public AuditHead head() {
        return new AuditHead(sequence, hash);
    }
}
