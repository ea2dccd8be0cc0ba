package org.hotline.domain.fingerprint;

import java.util.Objects;

import io.vavr.collection.Map;
import org.jmolecules.ddd.annotation.ValueObject;

/** The PDQ hashes of a picture turned and mirrored in each of the eight ways, and the quality they share. */
@ValueObject
public record PdqVariants(Map<Dihedral, PdqHash> hashes, int quality) {

    public PdqVariants {
        Objects.requireNonNull(hashes, "hashes");
        for (Dihedral transform : Dihedral.values()) {
            if (!hashes.containsKey(transform)) {
                throw new IllegalArgumentException("the variants lack " + transform);
            }
        }
        if (quality < 0 || quality > PdqFingerprint.MAXIMUM_QUALITY) {
            throw new IllegalArgumentException("a PDQ quality is 0 to 100, not " + quality);
        }
    }

    /** The hash of the picture transformed so. */
    public PdqHash hash(Dihedral transform) {
        return hashes.get(transform).get();
    }

    /** The untransformed picture's hash with the quality. */
    public PdqFingerprint original() {
        return new PdqFingerprint(hash(Dihedral.ORIGINAL), quality);
    }
}
