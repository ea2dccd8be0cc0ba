package org.hotline.domain.knowncontent.matching;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.hotline.domain.fingerprint.Dihedral;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.fingerprint.PdqVariants;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What is looked up for one image: its PDQ hash and, usually, the hashes of its rotations and mirrors (the eight
 * dihedral variants), so that a turned or flipped copy of known content is recognised too. A stored hash matches when
 * it is within its threshold of any of them; a match names the nearest by its index here (for a query made from
 * {@link PdqVariants}, the ordinal of its {@link Dihedral}).
 */
@ValueObject
public record PdqQuery(List<PdqHash> variants) {

    /** The lowest quality worth matching: below it an image is too flat for its hash to mean anything. */
    public static final int MINIMUM_QUALITY = PdqFingerprint.MATCHING_QUALITY;

    /** A query carries at most the eight dihedral variants of an image. */
    public static final int MAX_VARIANTS = 8;

    public PdqQuery {
        Objects.requireNonNull(variants, "variants");
        if (variants.isEmpty() || variants.size() > MAX_VARIANTS || variants.contains(null)) {
            throw new IllegalArgumentException("a PDQ query has 1 to " + MAX_VARIANTS + " hashes, not " + variants.size());
        }
    }

    /** The query for a picture and its eight dihedral variants, in the order of {@link Dihedral}; refused as below. */
    public static Either<LowQuality, PdqQuery> of(PdqVariants variants) {
        return of(List.of(Dihedral.values()).map(variants::hash), variants.quality());
    }

    /** The query for one hash without variants (a partner asking about a hash); refused as below. */
    public static Either<LowQuality, PdqQuery> of(PdqFingerprint fingerprint) {
        return of(List.of(fingerprint.hash()), fingerprint.quality());
    }

    /**
     * The query for an image whose hash has this quality (0 to 100), or why it is not matched: a hash of quality
     * below {@value #MINIMUM_QUALITY} is refused, as PDQ's authors advise.
     */
    public static Either<LowQuality, PdqQuery> of(Iterable<PdqHash> variants, int quality) {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("a PDQ quality is 0 to 100, not " + quality);
        }
        if (quality < MINIMUM_QUALITY) {
            return Either.left(new LowQuality(quality));
        }
        return Either.right(new PdqQuery(List.ofAll(variants)));
    }

    /** The four words of every hash, one hash after the other. */
    long[] words() {
        long[] words = new long[variants.size() * 4];
        int i = 0;
        for (PdqHash hash : variants) {
            words[i++] = hash.w0();
            words[i++] = hash.w1();
            words[i++] = hash.w2();
            words[i++] = hash.w3();
        }
        return words;
    }

    /** A hash too flat to match: its quality is below {@value #MINIMUM_QUALITY}. */
    public record LowQuality(int quality) {

        public int minimum() {
            return MINIMUM_QUALITY;
        }
    }
}
