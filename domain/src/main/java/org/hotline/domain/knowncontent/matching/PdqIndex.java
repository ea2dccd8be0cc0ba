package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

import io.vavr.collection.List;

/**
 * Every stored PDQ hash within its threshold of a query, found exactly as a scan of all of them would find it, in a
 * fraction of the time: an immutable snapshot.
 *
 * <p><b>Shape.</b> A large base segment (a multi-index, see {@link PdqLayout}), a small delta segment holding what
 * was added since the base was built, and the entries retracted from the base since then ({@link Layers}). A lookup
 * searches both segments and drops base hits of retracted entries. {@link #with} and {@link #without} return a new
 * snapshot and rebuild only the delta; once the delta or the retractions grow past a sixteenth of the base (and past
 * 65,536), {@link #wantsCompaction} says so and {@link #compacted} rebuilds one base from the lot.
 *
 * <p><b>Holder.</b> The snapshot is immutable and safe to share; it does no concurrency itself (the domain stays
 * free of it). The adapter that owns it keeps the current snapshot in an {@code AtomicReference} (or a volatile
 * field): readers take the reference and search without locks; a single writer (one thread, or a lock around
 * writes) applies imports and retractions by replacing the reference with {@code current.with(...)} or
 * {@code current.without(...)}, and, when {@link #wantsCompaction} says so, computes {@link #compacted} off the
 * request path and swaps it in (re-applying any change that arrived meanwhile). At start the adapter streams the
 * stored hashes into a {@link PdqEntries#builder(int)} and calls {@link #of}. A compaction holds the old and the new
 * base at once: leave heap for one more index.
 *
 * <p>Adding an entry that is present replaces it (the older copy is shadowed); retracting an entry that is absent
 * changes nothing.
 */
public final class PdqIndex {

    private static final Layers.Kind<PdqEntries, PdqSegment> PDQ = new Layers.Kind<>() {

        @Override
        public PdqSegment index(PdqEntries rows) {
            return PdqSegment.planned(rows);
        }

        @Override
        public PdqEntries rows(PdqSegment segment) {
            return segment.entries;
        }

        @Override
        public int size(PdqEntries rows) {
            return rows.size;
        }

        @Override
        public long[] entries(PdqEntries rows) {
            return Arrays.copyOf(rows.entries, rows.size);
        }

        @Override
        public PdqEntries empty() {
            return PdqEntries.empty();
        }

        @Override
        public PdqEntries keepingAll(PdqEntries rows, RetractedEntries drop, PdqEntries more) {
            return rows.keepingAll(drop, more);
        }
    };

    private static final PdqIndex EMPTY = new PdqIndex(Layers.of(PDQ, PdqSegment.empty()));

    private final Layers<PdqEntries, PdqSegment> layers;

    private PdqIndex(Layers<PdqEntries, PdqSegment> layers) {
        this.layers = layers;
    }

    /** No hashes. */
    public static PdqIndex empty() {
        return EMPTY;
    }

    /** An index of these hashes, laid out for their number and thresholds: the bulk build at start. */
    public static PdqIndex of(PdqEntries entries) {
        return new PdqIndex(Layers.of(PDQ, PdqSegment.planned(entries)));
    }

    /**
     * The same hashes without an index: every lookup compares every stored hash (two words first, stopping early).
     * The baseline that benchmarks and tests measure the index against.
     */
    public static PdqIndex exhaustive(PdqEntries entries) {
        int maxDistance = Math.max(0, entries.maxThreshold());
        return laidOut(entries, PdqLayout.exhaustive(entries.size(), maxDistance));
    }

    /** An index over a given layout (tests use it to try layouts the planner would not pick at their size). */
    static PdqIndex laidOut(PdqEntries entries, PdqLayout layout) {
        return new PdqIndex(Layers.of(PDQ, PdqSegment.laidOut(entries, layout)));
    }

    /** Every entry with a stored hash within its threshold of one of the query's hashes, nearest first. */
    public List<PdqMatch> matches(PdqQuery query) {
        long[] words = query.words();
        int variants = query.variants().size();
        PdqHits hits = new PdqHits();
        layers.base.search(words, variants, hits, layers.retracted);
        layers.delta.search(words, variants, hits, RetractedEntries.none());
        return hits.matches();
    }

    /** This index and these hashes; an entry already present takes its new hash and threshold; an entry given twice is refused. */
    public PdqIndex with(PdqEntries additions) {
        return next(layers.with(additions));
    }

    /** This index without these entries; entries it does not hold change nothing. */
    public PdqIndex without(long... entries) {
        return next(layers.without(entries));
    }

    /** Whether the delta or the retractions have grown enough that a rebuilt base would serve lookups better. */
    public boolean wantsCompaction() {
        return layers.wantsCompaction();
    }

    /** The same entries in one freshly laid-out base. */
    public PdqIndex compacted() {
        return next(layers.compacted());
    }

    private PdqIndex next(Layers<PdqEntries, PdqSegment> changed) {
        return changed == layers ? this : new PdqIndex(changed);
    }

    /** What the index holds and the memory its arrays take. */
    public Statistics statistics() {
        return new Statistics(layers.baseSize(), layers.deltaSize(), layers.retracted.size(),
                layers.base.bytes() + layers.delta.bytes() + layers.retracted.bytes(), layers.base.layout.toString());
    }

    /**
     * The shape of an index: hashes in the base and in the delta (retracted base hashes count until compaction),
     * entries retracted or replaced since the base was built, bytes of its arrays, and the base's layout.
     */
    public record Statistics(int baseHashes, int deltaHashes, int retractions, long bytes, String layout) {

        /** Bytes per stored hash, all arrays counted. */
        public double bytesPerHash() {
            int hashes = baseHashes + deltaHashes;
            return hashes == 0 ? 0 : (double) bytes / hashes;
        }
    }
}
