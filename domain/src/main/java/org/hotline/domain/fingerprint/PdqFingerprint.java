package org.hotline.domain.fingerprint;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A picture's PDQ hash with its quality, 0 to 100: how much detail the hash was made from. A blank, flat or tiny
 * picture scores low, and its hash is close to those of many unrelated pictures; matching ignores hashes below
 * {@link #MATCHING_QUALITY}, as the reference recommends.
 */
@ValueObject
public record PdqFingerprint(PdqHash hash, int quality) {

    /** The highest quality. */
    public static final int MAXIMUM_QUALITY = 100;

    /** The lowest quality at which a hash is worth comparing with others. */
    public static final int MATCHING_QUALITY = 50;

    public PdqFingerprint {
        Objects.requireNonNull(hash, "hash");
        if (quality < 0 || quality > MAXIMUM_QUALITY) {
            throw new IllegalArgumentException("a PDQ quality is 0 to 100, not " + quality);
        }
    }

    /** True when the hash carries enough detail to be matched against others. */
    public boolean matchable() {
        return quality >= MATCHING_QUALITY;
    }
}
