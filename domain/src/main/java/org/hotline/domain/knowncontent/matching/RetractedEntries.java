package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

/**
 * Entry identifiers taken out of a base segment since it was built: a sorted array, so that a hit found in the base
 * is dropped after a binary search. It stays small: compaction rebuilds the base without them and empties it.
 */
final class RetractedEntries {

    private static final RetractedEntries NONE = new RetractedEntries(new long[0]);

    private final long[] sorted;

    private RetractedEntries(long[] sorted) {
        this.sorted = sorted;
    }

    static RetractedEntries none() {
        return NONE;
    }

    /** A set of the given identifiers (repeats are folded). */
    static RetractedEntries of(long[] entries) {
        return NONE.plus(entries);
    }

    boolean contains(long entry) {
        return sorted.length > 0 && Arrays.binarySearch(sorted, entry) >= 0;
    }

    int size() {
        return sorted.length;
    }

    long bytes() {
        return 8L * sorted.length;
    }

    /** This set and the given identifiers. */
    RetractedEntries plus(long[] entries) {
        if (entries.length == 0) {
            return this;
        }
        long[] added = entries.clone();
        Arrays.sort(added);
        long[] merged = new long[sorted.length + added.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < sorted.length || j < added.length) {
            long next = j == added.length || (i < sorted.length && sorted[i] <= added[j]) ? sorted[i++] : added[j++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        return new RetractedEntries(Arrays.copyOf(merged, n));
    }
}
