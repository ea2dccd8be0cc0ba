package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

import org.hotline.domain.fingerprint.Digest;

/**
 * Stored digests sorted by value, with a directory over the top bits of the first word: a lookup reads the bounds
 * of one bucket (a few digests on average, since digests are uniform) and searches it. Immutable.
 */
final class DigestSegment {

    /** Digests per bucket, on average, that the directory aims at. */
    private static final int BUCKET_BITS = 2;

    /** Below this many digests a bucket is sorted by insertion. */
    private static final int SMALL_SORT = 16;

    final DigestEntries entries;
    private final int width;
    private final long[] words;
    private final int directoryBits;
    private final int[] starts;

    private DigestSegment(DigestEntries sorted, int directoryBits, int[] starts) {
        this.entries = sorted;
        this.width = sorted.width;
        this.words = sorted.words;
        this.directoryBits = directoryBits;
        this.starts = starts;
    }

    static DigestSegment empty(Digest.Algorithm algorithm) {
        return new DigestSegment(DigestEntries.empty(algorithm), 0, new int[] {0, 0});
    }

    /** These digests in sorted order: a counting sort by bucket, then each bucket sorted by value and entry. */
    static DigestSegment build(DigestEntries input) {
        int size = input.size;
        int width = input.width;
        int directoryBits = Math.min(24, Math.max(0, PdqLayout.ceilLog2(size) - BUCKET_BITS));
        int[] starts = new int[(1 << directoryBits) + 1];
        for (int i = 0; i < size; i++) {
            starts[bucket(input.words[i * width], directoryBits) + 1]++;
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        int[] cursor = Arrays.copyOf(starts, starts.length - 1);
        long[] words = new long[size * width];
        long[] entries = new long[size];
        for (int i = 0; i < size; i++) {
            int to = cursor[bucket(input.words[i * width], directoryBits)]++;
            System.arraycopy(input.words, i * width, words, to * width, width);
            entries[to] = input.entries[i];
        }
        Rows rows = new Rows(words, entries, width);
        for (int b = 0; b < starts.length - 1; b++) {
            rows.sort(starts[b], starts[b + 1]);
        }
        return new DigestSegment(DigestEntries.sorted(input.algorithm, words, entries), directoryBits, starts);
    }

    int size() {
        return entries.size;
    }

    long bytes() {
        return entries.bytes() + 4L * starts.length;
    }

    /** Adds to {@code found} the entries holding this digest, except retracted ones. */
    void lookup(PackedDigest digest, EntryList found, RetractedEntries retracted) {
        int b = bucket(digest.w0(), directoryBits);
        int low = starts[b];
        int high = starts[b + 1];
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(middle, digest) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low; i < starts[b + 1] && compare(i, digest) == 0; i++) {
            long entry = entries.entries[i];
            if (!retracted.contains(entry)) {
                found.add(entry);
            }
        }
    }

    private int compare(int row, PackedDigest digest) {
        int base = row * width;
        for (int i = 0; i < width; i++) {
            int order = Long.compareUnsigned(words[base + i], digest.word(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int bucket(long firstWord, int directoryBits) {
        return directoryBits == 0 ? 0 : (int) (firstWord >>> (64 - directoryBits));
    }

    /** Rows of {@code width} words and an entry, sorted in place by value, then entry. */
    private record Rows(long[] words, long[] entries, int width) {

        void sort(int from, int to) {
            while (to - from > SMALL_SORT) {
                int pivot = medianOfThree(from, (from + to) >>> 1, to - 1);
                swap(pivot, to - 1);
                int store = from;
                for (int i = from; i < to - 1; i++) {
                    if (compare(i, to - 1) < 0) {
                        swap(i, store++);
                    }
                }
                swap(store, to - 1);
                if (store - from < to - store - 1) {
                    sort(from, store);
                    from = store + 1;
                } else {
                    sort(store + 1, to);
                    to = store;
                }
            }
            for (int i = from + 1; i < to; i++) {
                for (int j = i; j > from && compare(j - 1, j) > 0; j--) {
                    swap(j - 1, j);
                }
            }
        }

        private int medianOfThree(int a, int b, int c) {
            if (compare(a, b) > 0) {
                int t = a;
                a = b;
                b = t;
            }
            if (compare(b, c) > 0) {
                b = c;
            }
            return compare(a, b) > 0 ? a : b;
        }

        private int compare(int a, int b) {
            for (int i = 0; i < width; i++) {
                int order = Long.compareUnsigned(words[a * width + i], words[b * width + i]);
                if (order != 0) {
                    return order;
                }
            }
            return Long.compare(entries[a], entries[b]);
        }

        private void swap(int a, int b) {
            if (a == b) {
                return;
            }
            for (int i = 0; i < width; i++) {
                long t = words[a * width + i];
                words[a * width + i] = words[b * width + i];
                words[b * width + i] = t;
            }
            long t = entries[a];
            entries[a] = entries[b];
            entries[b] = t;
        }
    }
}
