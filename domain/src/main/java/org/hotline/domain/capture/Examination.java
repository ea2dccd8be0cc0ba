package org.hotline.domain.capture;

import java.util.Objects;

import org.hotline.domain.fingerprint.PdqHash;
import org.jmolecules.ddd.annotation.ValueObject;

/** What decoding an image tells: its dimensions and its PDQ hash with the hash's quality (0 to 100). */
@ValueObject
public record Examination(Dimensions dimensions, PdqHash pdq, int quality) {

    public Examination {
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(pdq, "pdq");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("a PDQ quality is 0 to 100, not " + quality);
        }
    }

    /** The item's fingerprints with this examination's hash added. */
    public ItemFingerprints addTo(ItemFingerprints digests) {
        return digests.withPdq(pdq, quality);
    }

}
