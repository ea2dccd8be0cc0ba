package org.hotline.domain.knowncontent.matching;

import java.util.Arrays;

/**
 * One chunk's table of a multi-index: every stored hash's position, grouped by the chunk's value.
 *
 * <p>The chunk's top {@code directoryBits} bits address a bucket directly ({@code starts}, one int per value plus
 * one); within the bucket each slot packs, in one int, the position, the chunk's remaining (residual) bits above it,
 * and in the bits left over the first bits of the next chunk, so a bucket is read in one sweep. A probe visits every
 * directory value within the radius of the query's, and in each bucket keeps the slots whose residual bits are within
 * what is left of the radius: exactly the stored chunk values within the radius (less those the pair filter of
 * {@link PdqLayout#pairBound} shows cannot be neighbours found through this chunk).
 */
final class ChunkTable {

    /** Top bits of the bucket the first round of a build sorts by: 256 parts, each written in cache. */
    private static final int PART_BITS = 8;

    private final int offset;
    private final int width;
    private final int radius;
    private final int residualBits;
    private final int residualMask;
    private final int positionBits;
    private final int positionMask;
    private final int partnerOffset;
    private final int partnerBits;
    private final int partnerShift;
    private final int pairBound;
    private final int[] starts;
    private final int[] slots;
    private final int[] flips;
    private final int[] flipEnds;

    private ChunkTable(PdqLayout layout, int chunk, int[] starts, int[] slots) {
        this.offset = layout.offsets[chunk];
        this.width = layout.widths[chunk];
        this.radius = layout.radii[chunk];
        this.residualBits = layout.residualBits(chunk);
        this.residualMask = (1 << residualBits) - 1;
        this.positionBits = layout.positionBits;
        this.positionMask = (int) ((1L << positionBits) - 1);
        this.partnerOffset = layout.offsets[layout.next(chunk)];
        this.partnerBits = layout.partnerBits(chunk);
        this.partnerShift = partnerBits == 0 ? 0 : positionBits + residualBits;
        this.pairBound = partnerBits == 0 ? Integer.MAX_VALUE / 2 : layout.pairBound(chunk);
        this.starts = starts;
        this.slots = slots;
        int directoryBits = layout.directoryBits[chunk];
        int reach = Math.min(radius, directoryBits);
        this.flips = flips(directoryBits, reach);
        this.flipEnds = new int[reach + 1];
        for (int j = 0; j <= reach; j++) {
            flipEnds[j] = (int) PdqLayout.probes(directoryBits, j);
        }
    }

    /**
     * The table of one chunk of a layout over these hashes: a counting sort by the chunk's top bits, in two rounds so
     * that every write lands in a region that fits in the processor's cache (first by the top eight bits of the
     * bucket into {@code scratch}, then each part by the rest). {@code scratch} holds at least one long per hash.
     */
    static ChunkTable build(PdqEntries entries, PdqLayout layout, int chunk, long[] scratch) {
        int offset = layout.offsets[chunk];
        int width = layout.widths[chunk];
        int residualBits = layout.residualBits(chunk);
        int directoryBits = layout.directoryBits[chunk];
        int highBits = Math.min(PART_BITS, directoryBits);
        int lowBits = directoryBits - highBits;
        long[] words = entries.words;
        int size = entries.size;
        int[] partStarts = new int[(1 << highBits) + 1];
        for (int p = 0; p < size; p++) {
            partStarts[(value(words, p << 2, offset, width) >>> (residualBits + lowBits)) + 1]++;
        }
        for (int i = 1; i < partStarts.length; i++) {
            partStarts[i] += partStarts[i - 1];
        }
        int[] cursor = Arrays.copyOf(partStarts, partStarts.length - 1);
        int residualMask = (1 << residualBits) - 1;
        int lowMask = (1 << lowBits) - 1;
        int partnerOffset = layout.offsets[layout.next(chunk)];
        int partnerBits = layout.partnerBits(chunk);
        int partnerShift = layout.positionBits + residualBits;
        for (int p = 0; p < size; p++) {
            int key = value(words, p << 2, offset, width);
            int bucket = key >>> residualBits;
            int partner = partnerBits == 0 ? 0 : value(words, p << 2, partnerOffset, partnerBits) << partnerShift;
            int slot = partner | ((key & residualMask) << layout.positionBits) | p;
            scratch[cursor[bucket >>> lowBits]++] = ((long) (bucket & lowMask) << 32) | (slot & 0xFFFF_FFFFL);
        }
        int[] starts = new int[(1 << directoryBits) + 1];
        int[] slots = new int[size];
        int[] counts = new int[(1 << lowBits) + 1];
        for (int part = 0; part < partStarts.length - 1; part++) {
            sortPart(scratch, partStarts[part], partStarts[part + 1], part << lowBits, counts, starts, slots);
        }
        starts[starts.length - 1] = size;
        return new ChunkTable(layout, chunk, starts, slots);
    }

    /** Sorts one part of {@code scratch} by the bucket's low bits into {@code slots}, noting where each bucket starts. */
    private static void sortPart(long[] scratch, int from, int to, int firstBucket, int[] counts, int[] starts, int[] slots) {
        Arrays.fill(counts, 0);
        for (int i = from; i < to; i++) {
            counts[(int) (scratch[i] >>> 32) + 1]++;
        }
        for (int b = 0; b < counts.length - 1; b++) {
            counts[b + 1] += counts[b];
            starts[firstBucket + b] = from + counts[b];
        }
        for (int i = from; i < to; i++) {
            long packed = scratch[i];
            slots[from + counts[(int) (packed >>> 32)]++] = (int) packed;
        }
    }

    /** The {@code width} bits from bit {@code offset} of the hash whose four words start at {@code base}. */
    static int value(long[] words, int base, int offset, int width) {
        int word = offset >>> 6;
        int shift = offset & 63;
        long bits = words[base + word] >>> shift;
        if (shift + width > 64) {
            bits |= words[base + word + 1] << (64 - shift);
        }
        return (int) (bits & ((1L << width) - 1));
    }

    /**
     * Offers the segment every position whose chunk value is within the radius of this query hash's. The work is
     * done in sweeps whose memory reads do not depend on one another, so that the processor overlaps them (each
     * read of a large index is a cache miss, and waiting for them one by one would cost most of the time): the
     * bounds of every bucket probed; the first and last slot of each (only to bring its lines into the cache); the
     * slots, keeping
     * without branching those whose residual bits are near enough, and whose distance over this chunk and the next
     * chunk's first bits is within the pair bound ({@link PdqLayout#pairBound}); then the candidates.
     */
    void probe(PdqSegment segment, long[] query, int variant, Scratch scratch, PdqHits hits, RetractedEntries retracted) {
        int key = value(query, variant << 2, offset, width);
        int top = key >>> residualBits;
        int residual = key & residualMask;
        int partner = partnerBits == 0 ? 0 : value(query, variant << 2, partnerOffset, partnerBits);
        int probes = flips.length;
        int[] from = scratch.from(probes);
        int[] to = scratch.to;
        int slotsToRead = 0;
        for (int f = 0; f < probes; f++) {
            int bucket = top ^ flips[f];
            from[f] = starts[bucket];
            to[f] = starts[bucket + 1];
            slotsToRead += to[f] - from[f];
        }
        int touched = 0;
        int last = slots.length - 1;
        for (int f = 0; f < probes; f++) {
            touched += slots[Math.min(from[f], last)] + slots[Math.max(0, Math.min(to[f] - 1, last))];
        }
        scratch.sink += touched;
        int[] candidates = scratch.candidates(slotsToRead + 1);
        int count = 0;
        for (int j = 0, f = 0; j < flipEnds.length; j++) {
            for (int end = flipEnds[j]; f < end; f++) {
                for (int i = from[f], stop = to[f]; i < stop; i++) {
                    int slot = slots[i];
                    int inChunk = j + Integer.bitCount(((slot >>> positionBits) & residualMask) ^ residual);
                    int inPair = inChunk + Integer.bitCount((slot >>> partnerShift) ^ partner);
                    candidates[count] = slot & positionMask;
                    count += inChunk <= radius & inPair <= pairBound ? 1 : 0;
                }
            }
        }
        segment.verifyAll(candidates, count, query, variant, scratch, hits, retracted);
    }

    /** Work arrays of one lookup, reused from chunk to chunk; one lookup, one thread. */
    static final class Scratch {

        /** What the cache-warming reads add up to, kept so that the compiler keeps those reads. */
        long sink;

        private int[] from = new int[256];
        private int[] to = new int[256];
        private int[] candidates = new int[1024];

        int[] from(int probes) {
            if (from.length < probes) {
                from = new int[probes];
                to = new int[probes];
            }
            return from;
        }

        int[] candidates(int capacity) {
            if (candidates.length < capacity) {
                candidates = new int[Math.max(capacity, candidates.length * 2)];
            }
            return candidates;
        }
    }

    long bytes() {
        return 4L * starts.length + 4L * slots.length + 4L * flips.length;
    }

    /** Every mask of {@code bits} bits with at most {@code reach} bits set, by increasing count of set bits. */
    private static int[] flips(int bits, int reach) {
        int[] masks = new int[(int) PdqLayout.probes(bits, reach)];
        int n = 0;
        for (int set = 0; set <= reach; set++) {
            n = masksWith(set, bits, 0, 0, masks, n);
        }
        return masks;
    }

    private static int masksWith(int set, int bits, int from, int mask, int[] out, int n) {
        if (set == 0) {
            out[n] = mask;
            return n + 1;
        }
        for (int bit = from; bit <= bits - set; bit++) {
            n = masksWith(set - 1, bits, bit + 1, mask | (1 << bit), out, n);
        }
        return n;
    }
}
