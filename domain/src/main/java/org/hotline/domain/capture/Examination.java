package org.hotline.domain.capture;

import java.util.Objects;

import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.jmolecules.ddd.annotation.ValueObject;

/** What decoding an image tells: its dimensions and its PDQ hash with the hash's quality (0 to 100). */
@ValueObject
public record Examination(Dimensions dimensions, PdqFingerprint pdq) {

    public Examination {
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(pdq, "pdq");
    }

    /** The item's fingerprints with this examination's hash added. */
    public Fingerprints addTo(Fingerprints digests) {
        return digests.withPdq(pdq);
    }

}
