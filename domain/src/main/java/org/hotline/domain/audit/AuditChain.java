package org.hotline.domain.audit;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.vavr.control.Either;
import org.hotline.domain.Sha256;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;

/**
 * The rule that makes the trail tamper-evident. Each record carries the hash of the record before it and its own
 * hash: SHA-256 over a canonical serialisation of its sequence, every field of its entry, and that previous hash.
 * Changing, removing or inserting a record anywhere breaks the chain from there on, and {@link #follows} says where.
 *
 * <p>The canonical form is versioned and unambiguous: every field is written as its length in UTF-16 code units, a
 * colon, the text and a bar, so that no two different records serialise alike. Times are kept to the microsecond,
 * which is what the database stores, so a record read back hashes as it did when written.
 */
public final class AuditChain {

    static final String VERSION = "hotline-audit-1";

    private AuditChain() {
    }

    /** The record that appends the entry to a chain ending in {@code head}. */
    public static AuditRecord append(AuditHead head, AuditEntry entry) {
        AuditEntry kept = keptToTheMicrosecond(entry);
        long sequence = head.sequence() + 1;
        return new AuditRecord(sequence, kept, head.hash(), hashOf(sequence, kept, head.hash()));
    }

    /** What a record's hash must be, from everything else it holds. */
    public static String hashOf(long sequence, AuditEntry entry, String previousHash) {
        return Sha256.hex(canonical(sequence, entry, previousHash));
    }

    static String canonical(long sequence, AuditEntry entry, String previousHash) {
        StringBuilder out = new StringBuilder();
        for (String field : new String[] {
                VERSION,
                Long.toString(sequence),
                entry.actor().map(StaffId::toString).getOrElse(""),
                entry.role().map(Role::name).getOrElse(""),
                DateTimeFormatter.ISO_INSTANT.format(entry.at().truncatedTo(ChronoUnit.MICROS)),
                entry.action(),
                entry.subject(),
                entry.before(),
                entry.after(),
                previousHash}) {
            out.append(field.length()).append(':').append(field).append('|');
        }
        return out.toString();
    }

    /**
     * Checks that {@code record} rightly follows a chain verified up to {@code previous}: it is the next in
     * sequence, it carries the previous record's hash, and its own hash matches what it holds.
     *
     * @return the new end of the verified chain, or why this record breaks it
     */
    public static Either<AuditVerification.Broken, AuditHead> follows(AuditHead previous, AuditRecord record) {
        long expected = previous.sequence() + 1;
        if (record.sequence() != expected) {
            return Either.left(new AuditVerification.Broken(expected, previous.sequence(),
                    "record " + expected + " is missing: the next record found is " + record.sequence()));
        }
        if (!record.previousHash().equals(previous.hash())) {
            return Either.left(new AuditVerification.Broken(expected, previous.sequence(),
                    "record " + expected + " does not carry the hash of the record before it"));
        }
        if (!hashOf(record.sequence(), record.entry(), record.previousHash()).equals(record.hash())) {
            return Either.left(new AuditVerification.Broken(expected, previous.sequence(),
                    "record " + expected + " was changed after it was written: its hash does not match its content"));
        }
        return Either.right(record.head());
    }

    /** The end of a chain verified record by record must be the end the trail keeps, or records after it are gone. */
    public static Either<AuditVerification.Broken, AuditHead> endsAt(AuditHead verified, AuditHead kept) {
        if (verified.equals(kept)) {
            return Either.right(verified);
        }
        long next = verified.sequence() + 1;
        return Either.left(new AuditVerification.Broken(Math.min(next, kept.sequence() + 1), verified.sequence(),
                kept.sequence() > verified.sequence()
                        ? "records " + next + " to " + kept.sequence() + " are missing from the end of the trail"
                        : "the trail's recorded end (record " + kept.sequence() + ") does not match its last record ("
                                + verified.sequence() + ")"));
    }

    private static AuditEntry keptToTheMicrosecond(AuditEntry entry) {
        return new AuditEntry(entry.actor(), entry.role(), entry.at().truncatedTo(ChronoUnit.MICROS), entry.action(),
                entry.subject(), entry.before(), entry.after());
    }
}
