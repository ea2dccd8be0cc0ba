package org.hotline.domain.knowncontent;

import java.time.LocalDate;
import java.util.Objects;

import org.hotline.domain.CountryCode;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Content found on a list: which list (and whose law classified it) and entry, the hash stored there, how many bits apart (0 for a digest), and how
 * the list's jurisdiction classified it.
 */
@ValueObject
public record KnownMatch(ListName list, CountryCode jurisdiction, long entry, KnownHash stored, int distance,
        KnownClassification classification, LocalDate added) {

    public KnownMatch {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(added, "added");
        if (distance < 0 || distance > 256) {
            throw new IllegalArgumentException("a distance is 0 to 256 bits, not " + distance);
        }
    }

    /** The same match at another distance. */
    public KnownMatch at(int otherDistance) {
        return new KnownMatch(list, jurisdiction, entry, stored, otherDistance, classification, added);
    }

    /** Whether the stored hash is the very hash looked up. */
    public boolean exact() {
        return distance == 0;
    }
}
