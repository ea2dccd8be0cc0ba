package org.hotline.domain.knowncontent.matching;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A stored PDQ hash found near a query: the entry it belongs to, how many bits differ, and which of the query's
 * hashes (by its index in the query, such as a dihedral variant) came nearest.
 */
@ValueObject
public record PdqMatch(long entry, int distance, int variant) {

    public PdqMatch {
        if (distance < 0 || distance > 256) {
            throw new IllegalArgumentException("a distance is 0 to 256 bits, not " + distance);
        }
        if (variant < 0 || variant >= PdqQuery.MAX_VARIANTS) {
            throw new IllegalArgumentException("a variant is 0 to " + (PdqQuery.MAX_VARIANTS - 1) + ", not " + variant);
        }
    }
}
