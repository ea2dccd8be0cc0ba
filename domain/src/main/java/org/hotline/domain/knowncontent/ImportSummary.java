package org.hotline.domain.knowncontent;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What an import did: entries read from the file; of them, how many were new, already held alike, held before with
 * another classification (now classified as the file says), retracted earlier (and kept retracted), repeated within
 * the file, and skipped as carrying no classification. Importing the same file again adds and changes nothing.
 */
@ValueObject
public record ImportSummary(ListName list, long read, long added, long unchanged, long reclassified,
        long keptRetracted, long repeated, long skipped) {

    public ImportSummary {
        Objects.requireNonNull(list, "list");
    }

    /** Whether the import changed the list. */
    public boolean changedAnything() {
        return added + reclassified > 0;
    }

    @Override
    public String toString() {
        return read + " entries read: " + added + " added, " + unchanged + " already held, " + reclassified
                + " classified anew, " + keptRetracted + " retracted earlier and kept retracted, " + repeated
                + " repeated in the file, " + skipped + " skipped without a category";
    }
}
