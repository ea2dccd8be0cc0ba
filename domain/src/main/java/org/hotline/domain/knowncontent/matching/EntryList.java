package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

/** Entry identifiers found by one lookup, in a growing array; one lookup, one thread. */
final class EntryList {

    private static final long[] NONE = new long[0];

    private long[] entries = new long[4];
    private int size;

    void add(long entry) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
    }

    /** The entries found, sorted, each once. */
    long[] sortedDistinct() {
        if (size < 2) {
            return size == 0 ? NONE : new long[] {entries[0]};
        }
        long[] sorted = Arrays.copyOf(entries, size);
        Arrays.sort(sorted);
        int n = 0;
        for (long entry : sorted) {
            if (n == 0 || sorted[n - 1] != entry) {
                sorted[n++] = entry;
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
