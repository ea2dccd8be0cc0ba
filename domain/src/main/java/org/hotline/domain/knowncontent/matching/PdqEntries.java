package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

import org.hotline.domain.fingerprint.PdqHash;

/**
 * Stored PDQ hashes, each with the entry it belongs to and its threshold: the largest Hamming distance at which it
 * matches (its list's setting, {@value #DEFAULT_THRESHOLD} unless the list says otherwise).
 *
 * <p>Kept in primitive arrays, position by position: four words per hash (least significant first, as
 * {@link PdqHash#words()}), one {@code long} entry identifier and one byte of threshold. Immutable once built;
 * {@link #builder(int)} hands its arrays over without copying them, so building ten million costs no second copy.
 * Entry identifiers are expected to be unique (they are the database's keys); a repeated one is found once.
 */
public final class PdqEntries {

    /** The threshold of a list that sets none: the distance PDQ's authors recommend. */
    public static final int DEFAULT_THRESHOLD = 31;

    /** The largest threshold accepted: two unrelated hashes differ in about 128 bits. */
    public static final int MAX_THRESHOLD = 127;

    private static final PdqEntries EMPTY = new PdqEntries(new long[0], new long[0], new byte[0], 0);

    final long[] words;
    final long[] entries;
    final byte[] thresholds;
    final int size;
    private final int maxThreshold;

    private PdqEntries(long[] words, long[] entries, byte[] thresholds, int size) {
        this.words = words;
        this.entries = entries;
        this.thresholds = thresholds;
        this.size = size;
        int max = -1;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, thresholds[i]);
        }
        this.maxThreshold = max;
    }

    /** No hashes. */
    public static PdqEntries empty() {
        return EMPTY;
    }

    /** A builder sized for about {@code expectedSize} hashes (it grows past that if needed). */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The entry identifier at a position. */
    public long entry(int position) {
        return entries[checked(position)];
    }

    /** The hash at a position. */
    public PdqHash hash(int position) {
        int base = checked(position) << 2;
        return new PdqHash(words[base], words[base + 1], words[base + 2], words[base + 3]);
    }

    /** The threshold at a position. */
    public int threshold(int position) {
        return thresholds[checked(position)];
    }

    /** The largest threshold of these hashes; -1 when there are none. */
    public int maxThreshold() {
        return maxThreshold;
    }

    /** Bytes held by the arrays. */
    long bytes() {
        return 8L * words.length + 8L * entries.length + thresholds.length;
    }

    /** These hashes without the positions whose entry is in {@code drop}, followed by {@code more}. */
    PdqEntries keepingAll(RetractedEntries drop, PdqEntries more) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            kept += drop.contains(entries[i]) ? 0 : 1;
        }
        if (kept == size && more.isEmpty()) {
            return this;
        }
        if (kept == 0) {
            return more;
        }
        Builder builder = new Builder(kept + more.size);
        for (int i = 0; i < size; i++) {
            if (!drop.contains(entries[i])) {
                builder.copy(this, i);
            }
        }
        for (int i = 0; i < more.size; i++) {
            builder.copy(more, i);
        }
        return builder.build();
    }

    private int checked(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("position " + position + " of " + size + " stored hashes");
        }
        return position;
    }

    /** Collects hashes; used once, by one thread. */
    public static final class Builder {

        private long[] words;
        private long[] entries;
        private byte[] thresholds;
        private int size;
        private boolean built;

        private Builder(int expectedSize) {
            if (expectedSize < 0 || expectedSize > PdqLayout.MAX_SIZE) {
                throw new IllegalArgumentException("an expected size is 0 to " + PdqLayout.MAX_SIZE + ", not " + expectedSize);
            }
            int capacity = Math.max(expectedSize, 16);
            words = new long[capacity << 2];
            entries = new long[capacity];
            thresholds = new byte[capacity];
        }

        /** Adds a hash of an entry, matching up to {@code threshold} bits away. */
        public Builder add(PdqHash hash, long entry, int threshold) {
            return add(hash.w0(), hash.w1(), hash.w2(), hash.w3(), entry, threshold);
        }

        /** Adds a hash given as its four words, least significant first. */
        public Builder add(long w0, long w1, long w2, long w3, long entry, int threshold) {
            if (threshold < 0 || threshold > MAX_THRESHOLD) {
                throw new IllegalArgumentException("a PDQ threshold is 0 to " + MAX_THRESHOLD + ", not " + threshold);
            }
            ensureOpen();
            ensureRoom();
            int base = size << 2;
            words[base] = w0;
            words[base + 1] = w1;
            words[base + 2] = w2;
            words[base + 3] = w3;
            entries[size] = entry;
            thresholds[size] = (byte) threshold;
            size++;
            return this;
        }

        /** The hashes added; the builder cannot be used afterwards (its arrays now belong to the result). */
        public PdqEntries build() {
            ensureOpen();
            built = true;
            if (size == 0) {
                return EMPTY;
            }
            if (entries.length != size) {
                words = Arrays.copyOf(words, size << 2);
                entries = Arrays.copyOf(entries, size);
                thresholds = Arrays.copyOf(thresholds, size);
            }
            return new PdqEntries(words, entries, thresholds, size);
        }

        private void copy(PdqEntries from, int position) {
            int base = position << 2;
            add(from.words[base], from.words[base + 1], from.words[base + 2], from.words[base + 3],
                    from.entries[position], from.thresholds[position]);
        }

        private void ensureOpen() {
            if (built) {
                throw new IllegalStateException("this builder has built its hashes already");
            }
        }

        private void ensureRoom() {
            if (size < entries.length) {
                return;
            }
            int capacity = Math.max(16, entries.length + (entries.length >> 1));
            if (capacity > PdqLayout.MAX_SIZE) {
                capacity = PdqLayout.MAX_SIZE;
                if (size >= capacity) {
                    throw new IllegalStateException("at most " + PdqLayout.MAX_SIZE + " PDQ hashes in one index");
                }
            }
            words = Arrays.copyOf(words, capacity << 2);
            entries = Arrays.copyOf(entries, capacity);
            thresholds = Arrays.copyOf(thresholds, capacity);
        }
    }
}
