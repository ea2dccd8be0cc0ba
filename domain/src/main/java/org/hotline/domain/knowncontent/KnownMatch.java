package org.hotline.domain.knowncontent;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Content found on a list: which list and entry, the hash stored there, how many bits apart (0 for a digest), and how
 * the list's jurisdiction classified it.
 */
@ValueObject
public record KnownMatch(ListName list, long entry, KnownHash stored, int distance, KnownClassification classification,
        LocalDate added) {

    public KnownMatch {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(added, "added");
        if (distance < 0 || distance > 256) {
            throw new IllegalArgumentException("a distance is 0 to 256 bits, not " + distance);
        }
    }

    /** Whether the stored hash is the very hash looked up. */
    public boolean exact() {
        return distance == 0;
    }
}
