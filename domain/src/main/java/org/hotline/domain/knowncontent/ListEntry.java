package org.hotline.domain.knowncontent;

import java.time.LocalDate;
import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One hash of a list as a file gives it: the hash, its classification, the day the list's keeper added it (when the
 * file says; else the day of the import) and, for PDQ, the hash's quality (when the file says).
 */
@ValueObject
public record ListEntry(KnownHash hash, KnownClassification classification, Option<LocalDate> added,
        Option<Integer> quality) {

    public ListEntry {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(quality, "quality");
        if (quality.isDefined() && hash.algorithm() != HashAlgorithm.PDQ) {
            throw new IllegalArgumentException("only a PDQ hash has a quality");
        }
        if (quality.exists(q -> q < 0 || q > PdqFingerprint.MAXIMUM_QUALITY)) {
            throw new IllegalArgumentException("a PDQ quality is 0 to 100, not " + quality.get());
        }
    }

    /** An entry with its list's default classification, no date and no quality. */
    public static ListEntry of(KnownHash hash, KnownClassification classification) {
        return new ListEntry(hash, classification, Option.none(), Option.none());
    }

    /** Whether the entry takes part in matching: a PDQ hash of known quality below 50 does not. */
    public boolean matchable() {
        return quality.forAll(q -> q >= PdqFingerprint.MATCHING_QUALITY);
    }
}
