package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

import org.hotline.domain.fingerprint.Digest;

/**
 * Stored digests of one algorithm, each with the entry it belongs to, in primitive arrays: the digest's 64-bit words
 * (two for MD5, three for SHA-1, four for SHA-256) and one {@code long} entry identifier. Immutable once built;
 * {@link #builder(Digest.Algorithm, int)} hands its arrays over without copying them. The same digest may belong to
 * several entries (it is on several lists); entry identifiers are expected to be unique (the database's keys).
 */
public final class DigestEntries {

    /** The most digests one index holds. */
    static final int MAX_SIZE = 1 << 28;

    final Digest.Algorithm algorithm;
    final int width;
    final long[] words;
    final long[] entries;
    final int size;

    private DigestEntries(Digest.Algorithm algorithm, long[] words, long[] entries, int size) {
        this.algorithm = algorithm;
        this.width = PackedDigest.words(algorithm);
        this.words = words;
        this.entries = entries;
        this.size = size;
    }

    /** No digests. */
    public static DigestEntries empty(Digest.Algorithm algorithm) {
        return new DigestEntries(algorithm, new long[0], new long[0], 0);
    }

    /** Digests already in arrays (a segment's sorted copy). */
    static DigestEntries sorted(Digest.Algorithm algorithm, long[] words, long[] entries) {
        return new DigestEntries(algorithm, words, entries, entries.length);
    }

    /** A builder sized for about {@code expectedSize} digests (it grows past that if needed). */
    public static Builder builder(Digest.Algorithm algorithm, int expectedSize) {
        return new Builder(algorithm, expectedSize);
    }

    public Digest.Algorithm algorithm() {
        return algorithm;
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

    /** The digest at a position. */
    public Digest digest(int position) {
        int base = checked(position) * width;
        long[] full = new long[4];
        System.arraycopy(words, base, full, 0, width);
        return new PackedDigest(full[0], full[1], full[2], full[3]).digest(algorithm);
    }

    long bytes() {
        return 8L * words.length + 8L * entries.length;
    }

    /** These digests without the positions whose entry is in {@code drop}, followed by {@code more}. */
    DigestEntries keepingAll(RetractedEntries drop, DigestEntries more) {
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
        Builder builder = new Builder(algorithm, kept + more.size);
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
            throw new IndexOutOfBoundsException("position " + position + " of " + size + " stored digests");
        }
        return position;
    }

    /** Collects digests; used once, by one thread. */
    public static final class Builder {

        private final Digest.Algorithm algorithm;
        private final int width;
        private long[] words;
        private long[] entries;
        private int size;
        private boolean built;

        private Builder(Digest.Algorithm algorithm, int expectedSize) {
            if (expectedSize < 0 || expectedSize > MAX_SIZE) {
                throw new IllegalArgumentException("an expected size is 0 to " + MAX_SIZE + ", not " + expectedSize);
            }
            this.algorithm = algorithm;
            this.width = PackedDigest.words(algorithm);
            int capacity = Math.max(expectedSize, 16);
            words = new long[capacity * width];
            entries = new long[capacity];
        }

        /** Adds a digest of an entry; the digest must be of this builder's algorithm. */
        public Builder add(Digest digest, long entry) {
            if (digest.algorithm() != algorithm) {
                throw new IllegalArgumentException("a " + digest.algorithm().standardName() + " digest among "
                        + algorithm.standardName() + " ones");
            }
            return add(PackedDigest.of(digest), entry);
        }

        /** Adds a digest given as its bytes (as a database or {@code MessageDigest} holds it); the length must fit. */
        public Builder add(byte[] digest, long entry) {
            return add(PackedDigest.of(algorithm, digest), entry);
        }

        private Builder add(PackedDigest digest, long entry) {
            ensureOpen();
            ensureRoom();
            int base = size * width;
            for (int i = 0; i < width; i++) {
                words[base + i] = digest.word(i);
            }
            entries[size++] = entry;
            return this;
        }

        /** The digests added; the builder cannot be used afterwards (its arrays now belong to the result). */
        public DigestEntries build() {
            ensureOpen();
            built = true;
            if (entries.length != size) {
                words = Arrays.copyOf(words, size * width);
                entries = Arrays.copyOf(entries, size);
            }
            return new DigestEntries(algorithm, words, entries, size);
        }

        private void copy(DigestEntries from, int position) {
            ensureRoom();
            System.arraycopy(from.words, position * width, words, size * width, width);
            entries[size++] = from.entries[position];
        }

        private void ensureOpen() {
            if (built) {
                throw new IllegalStateException("this builder has built its digests already");
            }
        }

        private void ensureRoom() {
            if (size < entries.length) {
                return;
            }
            if (size >= MAX_SIZE) {
                throw new IllegalStateException("at most " + MAX_SIZE + " digests in one index");
            }
            int capacity = (int) Math.min(MAX_SIZE, Math.max(16L, entries.length + (entries.length >> 1)));
            words = Arrays.copyOf(words, capacity * width);
            entries = Arrays.copyOf(entries, capacity);
        }
    }
}
