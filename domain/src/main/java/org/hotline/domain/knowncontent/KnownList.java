package org.hotline.domain.knowncontent;

import java.util.Objects;

import org.hotline.domain.CountryCode;
import org.hotline.domain.knowncontent.matching.PdqEntries;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A hash list: its name, where it comes from, the jurisdiction whose law classified its entries, the classification
 * its entries take when their line gives none, and the Hamming distance up to which its PDQ hashes match.
 */
@ValueObject
public record KnownList(ListName name, ListSource source, CountryCode jurisdiction, KnownClassification defaults,
        int pdqThreshold) {

    public KnownList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(defaults, "defaults");
        if (pdqThreshold < 0 || pdqThreshold > PdqEntries.MAX_THRESHOLD) {
            throw new IllegalArgumentException("a PDQ threshold is 0 to " + PdqEntries.MAX_THRESHOLD + " bits, not "
                    + pdqThreshold);
        }
    }

    /** A list matching PDQ hashes at the recommended distance, {@value PdqEntries#DEFAULT_THRESHOLD}. */
    public static KnownList of(ListName name, ListSource source, CountryCode jurisdiction, KnownClassification defaults) {
        return new KnownList(name, source, jurisdiction, defaults, PdqEntries.DEFAULT_THRESHOLD);
    }
}
