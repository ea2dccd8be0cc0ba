package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;
import java.util.Comparator;

import io.vavr.collection.List;

/**
 * The matches of one query as they are found: one per entry, keeping the smallest distance (and, at equal distance,
 * the first query hash that reached it). Open addressing over entry identifiers; one query, one thread.
 */
final class PdqHits {

    private long[] entries = new long[16];
    private int[] found = new int[16];
    private boolean[] used = new boolean[16];
    private int count;

    void add(long entry, int distance, int variant) {
        int packed = (distance << 8) | variant;
        int mask = entries.length - 1;
        int slot = spread(entry) & mask;
        while (used[slot]) {
            if (entries[slot] == entry) {
                found[slot] = Math.min(found[slot], packed);
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        entries[slot] = entry;
        found[slot] = packed;
        if (++count * 2 > entries.length) {
            grow();
        }
    }

    /** The matches, nearest first, then by entry. */
    List<PdqMatch> matches() {
        PdqMatch[] matches = new PdqMatch[count];
        int n = 0;
        for (int slot = 0; slot < entries.length; slot++) {
            if (used[slot]) {
                matches[n++] = new PdqMatch(entries[slot], found[slot] >>> 8, found[slot] & 0xff);
            }
        }
        Arrays.sort(matches, Comparator.comparingInt(PdqMatch::distance).thenComparingLong(PdqMatch::entry));
        return List.of(matches);
    }

    private void grow() {
        long[] oldEntries = entries;
        int[] oldFound = found;
        boolean[] oldUsed = used;
        entries = new long[oldEntries.length * 2];
        found = new int[oldEntries.length * 2];
        used = new boolean[oldEntries.length * 2];
        count = 0;
        for (int slot = 0; slot < oldEntries.length; slot++) {
            if (oldUsed[slot]) {
                add(oldEntries[slot], oldFound[slot] >>> 8, oldFound[slot] & 0xff);
            }
        }
    }

    private static int spread(long entry) {
        long mixed = entry * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
