package org.hotline.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Sha256;

/**
 * The rule that makes the trail tamper-evident. Each record carries the hash of the record before it and its own
 * hash: SHA-256 over a canonical serialisation of its sequence, every field of its entry, and that previous hash.
 * Changing, removing or inserting a record anywhere breaks the chain from there on, and {@link #follows} says where.
 * A chain rewritten whole from some record on would hold together again; the seal of each record, which only the
 * holder of the key can make, and the anchor kept outside the database (see {@link AuditAnchors}) show that too.
 *
 * <p>The canonical form is versioned and unambiguous: every field is written as its length in UTF-16 code units, a
 * colon, the text and a bar, so that no two different records serialise alike. Times are kept to the microsecond,
 * which is what the database stores, so a record read back hashes as it did when written.
 */
public final class AuditChain {

    static final String VERSION = "hotline-audit-1";

    private AuditChain() {
    }

    /** The record that appends the entry to a chain ending in {@code head}, sealed under the program's key. */
    public static AuditRecord append(AuditHead head, AuditEntry entry, AuditSeal seal) {
        AuditEntry kept = keptToTheMicrosecond(entry);
        long sequence = head.sequence() + 1;
        String hash = hashOf(sequence, kept, head.hash());
        return new AuditRecord(sequence, kept, head.hash(), hash, Option.some(seal.sealOf(hash)));
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
                entry.actor().map(actor -> actor.value().toString()).getOrElse(""),
                entry.role().map(ActingRole::name).getOrElse(""),
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
     * sequence, it carries the previous record's hash, its own hash matches what it holds, and its seal is the one the
     * key gives its hash. A record from {@code sealedFrom} on must carry a seal; one before it may carry none.
     *
     * @return the new end of the verified chain, or why this record breaks it
     */
    public static Either<AuditVerification.Broken, AuditHead> follows(AuditHead previous, AuditRecord record,
            AuditSeal seal, long sealedFrom) {
        long expected = previous.sequence() + 1;
        if (record.sequence() != expected) {
            return broken(expected, previous, "record " + expected + " is missing: the next record found is " + record.sequence());
        }
        if (!record.previousHash().equals(previous.hash())) {
            return broken(expected, previous, "record " + expected + " does not carry the hash of the record before it");
        }
        if (!hashOf(record.sequence(), record.entry(), record.previousHash()).equals(record.hash())) {
            return broken(expected, previous,
                    "record " + expected + " was changed after it was written: its hash does not match its content");
        }
        if (record.seal().isEmpty() && record.sequence() >= sealedFrom) {
            return broken(expected, previous, "record " + expected + " carries no seal: it was not written by this "
                    + "program, which seals every record from record " + sealedFrom + " on");
        }
        if (record.seal().exists(found -> !sameText(found, seal.sealOf(record.hash())))) {
            return broken(expected, previous, "record " + expected + " carries a seal that its key does not give: it "
                    + "was written or rewritten by someone without the key");
        }
        return Either.right(record.head());
    }

    private static Either<AuditVerification.Broken, AuditHead> broken(long sequence, AuditHead verified, String reason) {
        return Either.left(new AuditVerification.Broken(sequence, verified.sequence(), reason));
    }

    /** Compares in a time that does not depend on where two seals first differ. */
    private static boolean sameText(String one, String other) {
        return MessageDigest.isEqual(one.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
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

    /**
     * The trail must reach the anchor kept outside the database and hold, at the anchor's place, the record the anchor
     * names; otherwise records were removed from its end, or it was rewritten.
     *
     * @param hashAtAnchor the hash of the record at the anchor's sequence as the verified trail holds it
     */
    public static Either<AuditVerification.Broken, AuditHead> reaches(AuditHead verified, AuditAnchor anchor,
            String hashAtAnchor) {
        long anchored = anchor.head().sequence();
        if (anchored > verified.sequence()) {
            return broken(verified.sequence() + 1, verified, "records " + (verified.sequence() + 1) + " to " + anchored
                    + " are missing from the end of the trail: the anchor kept outside the database names record "
                    + anchored);
        }
        if (!anchor.head().hash().equals(hashAtAnchor)) {
            return Either.left(new AuditVerification.Broken(anchored, Math.max(0, anchored - 1), "record " + anchored
                    + " is not the record the anchor kept outside the database names: the trail was rewritten"));
        }
        return Either.right(verified);
    }

    private static AuditEntry keptToTheMicrosecond(AuditEntry entry) {
        return new AuditEntry(entry.actor(), entry.role(), entry.at().truncatedTo(ChronoUnit.MICROS), entry.action(),
                entry.subject(), entry.before(), entry.after());
    }
}
