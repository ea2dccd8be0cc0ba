package org.hotline.domain.knowncontent.matching;

/**
 * How a multi-index over PDQ hashes is cut: disjoint bit ranges of the 256 bits (chunks), each with the radius it is
 * probed at and the number of its top bits addressed directly; or no chunks at all, for an exhaustive scan.
 *
 * <p><b>Why it finds everything.</b> The radii satisfy {@code sum(radius + 1) >= maxDistance + 1}. If a stored hash
 * were within {@code maxDistance} of a query and yet differed from it in more than its radius in every chunk, the
 * chunks alone would hold at least {@code sum(radius + 1) > maxDistance} differing bits: impossible, since chunks do
 * not overlap. So at least one chunk of every hash within reach is within its radius, and probing every chunk value
 * within its radius reaches it. This holds for any data, clustered or not; the data decides only the speed.
 *
 * <p>{@link #plan} picks the layout with the lowest estimated cost for a size and distance, within a memory budget,
 * and falls back to the exhaustive scan where that is cheaper (small segments).
 */
final class PdqLayout {

    /** The most hashes one index holds (positions are packed into 28 bits). */
    static final int MAX_SIZE = 1 << 28;

    /** The widest chunk (chunk values are ints with room to spare). */
    static final int MAX_WIDTH = 30;

    /** The most bits of the next chunk a slot carries for the pair filter. */
    static final int MAX_PARTNER_BITS = 8;

    /** The most top bits addressed directly: a directory of 2^24 ints is 64 MB. */
    static final int MAX_DIRECTORY_BITS = 24;

    /**
     * Bytes per stored hash the chunk tables and their directories may take, beyond the hash, entry and threshold
     * (41 bytes): at most 92 in all, which leaves room under 100 for the rounding of large arrays in the heap.
     */
    static final double INDEX_BUDGET = 51;

    /** The most directory values probed per chunk, to keep the enumeration tables small. */
    static final int MAX_PROBES = 1 << 16;

    // Estimated nanoseconds, per query hash: reaching a bucket (a directory read and the bucket's first line), reading
    // one slot of a bucket, checking one candidate against the full hash, and comparing one hash in a scan.
    private static final double TOUCH = 20;
    private static final double SLOT = 0.5;
    private static final double VERIFY = 8;
    private static final double SCAN = 0.4;

    final int size;
    final int maxDistance;
    final int positionBits;
    final int[] offsets;
    final int[] widths;
    final int[] radii;
    final int[] directoryBits;

    private PdqLayout(int size, int maxDistance, int[] offsets, int[] widths, int[] radii, int[] directoryBits) {
        this.size = size;
        this.maxDistance = maxDistance;
        this.positionBits = Math.max(1, ceilLog2(size));
        this.offsets = offsets;
        this.widths = widths;
        this.radii = radii;
        this.directoryBits = directoryBits;
    }

    /** No chunks: every query compares every stored hash. */
    static PdqLayout exhaustive(int size, int maxDistance) {
        checkSize(size, maxDistance);
        return new PdqLayout(size, maxDistance, new int[0], new int[0], new int[0], new int[0]);
    }

    /** The cheapest layout for this many hashes and this largest distance. */
    static PdqLayout plan(int size, int maxDistance) {
        PdqLayout best = exhaustive(size, maxDistance);
        double bestCost = best.estimatedCost();
        for (int chunks = 1; chunks <= Math.min(maxDistance + 1, 64); chunks++) {
            if (!feasible(size, maxDistance, chunks)) {
                continue;
            }
            PdqLayout candidate = withChunks(size, maxDistance, chunks);
            if (candidate.indexBytesPerHash() <= INDEX_BUDGET && candidate.estimatedCost() < bestCost) {
                best = candidate;
                bestCost = candidate.estimatedCost();
            }
        }
        return best;
    }

    /**
     * {@code chunks} chunks of (nearly) equal width covering up to all 256 bits, with radii that share
     * {@code maxDistance + 1} between them, and the cheapest directory size for each.
     */
    static PdqLayout withChunks(int size, int maxDistance, int chunks) {
        checkSize(size, maxDistance);
        if (chunks < 1 || chunks > Math.min(maxDistance + 1, 256)) {
            throw new IllegalArgumentException("between 1 and maxDistance + 1 chunks, not " + chunks);
        }
        int positionBits = Math.max(1, ceilLog2(size));
        int share = (maxDistance + 1) / chunks;
        int larger = (maxDistance + 1) % chunks;
        int[] offsets = new int[chunks];
        int[] widths = new int[chunks];
        int[] radii = new int[chunks];
        int[] directoryBits = new int[chunks];
        int offset = 0;
        double directoryAllowance = Math.max(0.25, (INDEX_BUDGET - 4.0 * chunks) / chunks);
        for (int i = 0; i < chunks; i++) {
            // The first chunks get the larger radius; the last ones the extra bit of width, which costs them less.
            radii[i] = i < larger ? share : share - 1;
            int width = 256 / chunks + (i >= chunks - 256 % chunks ? 1 : 0);
            widths[i] = Math.min(width, Math.min(MAX_WIDTH, MAX_DIRECTORY_BITS + 32 - positionBits));
            offsets[i] = offset;
            offset += widths[i];
            directoryBits[i] = cheapestDirectory(size, widths[i], radii[i], positionBits, directoryAllowance);
        }
        return of(size, maxDistance, offsets, widths, radii, directoryBits);
    }

    /** Whether {@link #withChunks} can cut that many chunks without probing too many buckets in one. */
    static boolean feasible(int size, int maxDistance, int chunks) {
        if (chunks < 1 || chunks > maxDistance + 1) {
            return false;
        }
        int positionBits = Math.max(1, ceilLog2(size));
        int widest = Math.min(256 / chunks + 1, Math.min(MAX_WIDTH, MAX_DIRECTORY_BITS + 32 - positionBits));
        int smallestDirectory = Math.max(1, widest - (32 - positionBits));
        return probes(smallestDirectory, (maxDistance + 1 + chunks - 1) / chunks - 1) <= MAX_PROBES;
    }

    /** A layout given chunk by chunk; refused unless the chunks are disjoint and their radii reach maxDistance. */
    static PdqLayout of(int size, int maxDistance, int[] offsets, int[] widths, int[] radii, int[] directoryBits) {
        checkSize(size, maxDistance);
        int chunks = offsets.length;
        if (widths.length != chunks || radii.length != chunks || directoryBits.length != chunks) {
            throw new IllegalArgumentException("one offset, width, radius and directory size per chunk");
        }
        PdqLayout layout = new PdqLayout(size, maxDistance, offsets.clone(), widths.clone(), radii.clone(),
                directoryBits.clone());
        layout.checkChunks();
        return layout;
    }

    boolean isExhaustive() {
        return offsets.length == 0;
    }

    int chunks() {
        return offsets.length;
    }

    int residualBits(int chunk) {
        return widths[chunk] - directoryBits[chunk];
    }

    /** The chunk after this one, in the cyclic order the pair filter follows. */
    int next(int chunk) {
        return (chunk + 1) % chunks();
    }

    /**
     * How many of the next chunk's first bits a slot of this chunk carries above its residual bits and position:
     * what is left of 32 bits, at most {@value #MAX_PARTNER_BITS}, none when there is one chunk.
     */
    int partnerBits(int chunk) {
        if (chunks() < 2) {
            return 0;
        }
        int left = 32 - positionBits - residualBits(chunk);
        return Math.max(0, Math.min(MAX_PARTNER_BITS, Math.min(left, widths[next(chunk)])));
    }

    /**
     * The most bits a hash reached through this chunk may differ in, over this chunk and the next together.
     *
     * <p>Why no neighbour is lost by this filter: let {@code s_i = d_i - radius_i - 1} for the distance {@code d_i} in
     * each chunk. Within reach, {@code sum(s_i) <= maxDistance - sum(radius_i + 1) <= -1}. By the cycle lemma, a
     * cyclic sequence of integers whose sum is at most -1 has a starting point from which every partial sum is at
     * most -1 (start just after the last place where the running sum peaks). From that chunk {@code i}:
     * {@code d_i <= radius_i} and {@code d_i + d_next <= radius_i + radius_next + 1}. The first is what the probe
     * asks; the second holds a fortiori for the next chunk's first bits, which is all a slot carries of it.
     */
    int pairBound(int chunk) {
        return radii[chunk] + radii[next(chunk)] + 1;
    }

    /** Directory values probed in a chunk: those within its radius of the query's. */
    static double probes(int directoryBits, int radius) {
        double probes = 0;
        for (int j = 0; j <= Math.min(radius, directoryBits); j++) {
            probes += choose(directoryBits, j);
        }
        return probes;
    }

    /** Estimated nanoseconds to look up one query hash. */
    double estimatedCost() {
        if (isExhaustive()) {
            return size * SCAN;
        }
        double cost = 0;
        for (int i = 0; i < chunks(); i++) {
            cost += chunkCost(size, widths[i], radii[i], directoryBits[i]);
        }
        return cost;
    }

    /** Bytes per stored hash of the chunk tables and directories. */
    double indexBytesPerHash() {
        double bytes = 0;
        for (int bits : directoryBits) {
            bytes += 4 + 4.0 * ((1L << bits) + 1) / Math.max(1, size);
        }
        return bytes;
    }

    @Override
    public String toString() {
        if (isExhaustive()) {
            return "exhaustive scan of " + size;
        }
        StringBuilder text = new StringBuilder(chunks() + " chunks for " + size + " within " + maxDistance + ":");
        for (int i = 0; i < chunks(); i++) {
            text.append(' ').append(widths[i]).append("b/r").append(radii[i]).append("/d").append(directoryBits[i]);
        }
        return text.toString();
    }

    private void checkChunks() {
        long reach = 0;
        boolean[] used = new boolean[256];
        for (int i = 0; i < chunks(); i++) {
            checkChunk(i, used);
            reach += radii[i] + 1;
        }
        if (!isExhaustive() && reach < maxDistance + 1L) {
            throw new IllegalArgumentException("the radii plus one per chunk add up to " + reach
                    + ", short of maxDistance + 1 = " + (maxDistance + 1) + ": some neighbours would be missed");
        }
    }

    private void checkChunk(int i, boolean[] used) {
        if (widths[i] < 1 || widths[i] > MAX_WIDTH || offsets[i] < 0 || offsets[i] + widths[i] > 256) {
            throw new IllegalArgumentException("chunk " + i + " must lie within the 256 bits and be 1 to "
                    + MAX_WIDTH + " wide");
        }
        for (int bit = offsets[i]; bit < offsets[i] + widths[i]; bit++) {
            if (used[bit]) {
                throw new IllegalArgumentException("chunks must not overlap: bit " + bit + " is in two");
            }
            used[bit] = true;
        }
        int bits = directoryBits[i];
        if (radii[i] < 0 || bits < 1 || bits > Math.min(widths[i], MAX_DIRECTORY_BITS)
                || widths[i] - bits > 32 - positionBits) {
            throw new IllegalArgumentException("chunk " + i + ": radius at least 0, directory of 1 to "
                    + MAX_DIRECTORY_BITS + " bits and no more than its width, and the rest of its bits with a "
                    + positionBits + "-bit position in 32 bits");
        }
        if (probes(bits, radii[i]) > MAX_PROBES) {
            throw new IllegalArgumentException("chunk " + i + " would probe more than " + MAX_PROBES + " buckets");
        }
    }

    private static int cheapestDirectory(int size, int width, int radius, int positionBits, double allowance) {
        int lowest = Math.max(1, width - (32 - positionBits));
        int highest = Math.min(width, MAX_DIRECTORY_BITS);
        int best = highest;
        double bestCost = Double.MAX_VALUE;
        for (int bits = lowest; bits <= highest; bits++) {
            if (probes(bits, radius) > MAX_PROBES) {
                break;
            }
            double cost = chunkCost(size, width, radius, bits);
            if (bits > lowest && 4.0 * ((1L << bits) + 1) / Math.max(1, size) > allowance) {
                break;
            }
            if (cost < bestCost) {
                best = bits;
                bestCost = cost;
            }
        }
        return best;
    }

    private static double chunkCost(int size, int width, int radius, int directoryBits) {
        double touches = probes(directoryBits, radius);
        double slots = touches * size / Math.pow(2, directoryBits);
        double candidates = probes(width, radius) * size / Math.pow(2, width);
        return touches * TOUCH + slots * SLOT + candidates * VERIFY;
    }

    private static double choose(int n, int k) {
        double result = 1;
        for (int i = 0; i < k; i++) {
            result = result * (n - i) / (i + 1);
        }
        return result;
    }

    private static void checkSize(int size, int maxDistance) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("an index holds 0 to " + MAX_SIZE + " hashes, not " + size);
        }
        if (maxDistance < 0 || maxDistance > PdqEntries.MAX_THRESHOLD) {
            throw new IllegalArgumentException("a distance is 0 to " + PdqEntries.MAX_THRESHOLD + ", not " + maxDistance);
        }
    }

    static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
