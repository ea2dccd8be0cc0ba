package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

import org.hotline.domain.fingerprint.Digest;

/**
 * The entries holding a given digest, for one algorithm: an immutable snapshot of sorted primitive arrays (about
 * {@code bytes + 8} bytes a digest, plus a small directory), never a map of strings.
 *
 * <p>Layered as {@link PdqIndex} is (a base, a delta of additions, the entries retracted from the base; see
 * {@link Layers}), and held the same way: the adapter keeps the current snapshot in an {@code AtomicReference}, readers
 * look up without locks, a single writer replaces it with {@link #with}, {@link #without} and, when
 * {@link #wantsCompaction} says so, {@link #compacted}. Adding an entry that is present replaces it; retracting an
 * entry that is absent changes nothing.
 */
public final class DigestIndex {

    private final Digest.Algorithm algorithm;
    private final Layers<DigestEntries, DigestSegment> layers;

    private DigestIndex(Digest.Algorithm algorithm, Layers<DigestEntries, DigestSegment> layers) {
        this.algorithm = algorithm;
        this.layers = layers;
    }

    /** No digests. */
    public static DigestIndex empty(Digest.Algorithm algorithm) {
        return of(DigestEntries.empty(algorithm));
    }

    /** An index of these digests: the bulk build at start. */
    public static DigestIndex of(DigestEntries entries) {
        Kind kind = new Kind(entries.algorithm);
        return new DigestIndex(entries.algorithm, Layers.of(kind, DigestSegment.build(entries)));
    }

    public Digest.Algorithm algorithm() {
        return algorithm;
    }

    /** The entries holding this digest, sorted; empty if none does or the digest is of another algorithm. */
    public long[] entriesOf(Digest digest) {
        if (digest.algorithm() != algorithm) {
            return new long[0];
        }
        PackedDigest packed = PackedDigest.of(digest);
        EntryList found = new EntryList();
        layers.base.lookup(packed, found, layers.retracted);
        layers.delta.lookup(packed, found, RetractedEntries.none());
        return found.sortedDistinct();
    }

    /** Whether some entry holds this digest. */
    public boolean contains(Digest digest) {
        return entriesOf(digest).length > 0;
    }

    /** This index and these digests; an entry already present takes its new digest; an entry given twice is refused. */
    public DigestIndex with(DigestEntries additions) {
        if (additions.algorithm != algorithm) {
            throw new IllegalArgumentException("cannot add " + additions.algorithm.standardName() + " digests to a "
                    + algorithm.standardName() + " index");
        }
        return next(layers.with(additions));
    }

    /** This index without these entries; entries it does not hold change nothing. */
    public DigestIndex without(long... entries) {
        return next(layers.without(entries));
    }

    /** Whether the delta or the retractions have grown enough that a rebuilt base would serve lookups better. */
    public boolean wantsCompaction() {
        return layers.wantsCompaction();
    }

    /** The same entries in one freshly sorted base. */
    public DigestIndex compacted() {
        return next(layers.compacted());
    }

    private DigestIndex next(Layers<DigestEntries, DigestSegment> changed) {
        return changed == layers ? this : new DigestIndex(algorithm, changed);
    }

    /** What the index holds and the memory its arrays take. */
    public Statistics statistics() {
        return new Statistics(layers.baseSize(), layers.deltaSize(), layers.retracted.size(),
                layers.base.bytes() + layers.delta.bytes() + layers.retracted.bytes());
    }

    /**
     * The shape of an index: digests in the base and in the delta (retracted base digests count until compaction),
     * entries retracted or replaced since the base was built, and bytes of its arrays.
     */
    public record Statistics(int baseDigests, int deltaDigests, int retractions, long bytes) {

        /** Bytes per stored digest, all arrays counted. */
        public double bytesPerDigest() {
            int digests = baseDigests + deltaDigests;
            return digests == 0 ? 0 : (double) bytes / digests;
        }
    }

    private record Kind(Digest.Algorithm algorithm) implements Layers.Kind<DigestEntries, DigestSegment> {

        @Override
        public DigestSegment index(DigestEntries rows) {
            return DigestSegment.build(rows);
        }

        @Override
        public DigestEntries rows(DigestSegment segment) {
            return segment.entries;
        }

        @Override
        public int size(DigestEntries rows) {
            return rows.size;
        }

        @Override
        public long[] entries(DigestEntries rows) {
            return Arrays.copyOf(rows.entries, rows.size);
        }

        @Override
        public DigestEntries empty() {
            return DigestEntries.empty(algorithm);
        }

        @Override
        public DigestEntries keepingAll(DigestEntries rows, RetractedEntries drop, DigestEntries more) {
            return rows.keepingAll(drop, more);
        }
    }
}
