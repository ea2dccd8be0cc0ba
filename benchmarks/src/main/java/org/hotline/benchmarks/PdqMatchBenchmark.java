package org.hotline.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.vavr.collection.Seq;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.knowncontent.matching.PdqEntries;
import org.hotline.domain.knowncontent.matching.PdqIndex;
import org.hotline.domain.knowncontent.matching.PdqMatch;
import org.hotline.domain.knowncontent.matching.PdqQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDQ lookups of eight-hash queries (an image and its dihedral variants) against 1 and 10 million stored hashes:
 * the multi-index ({@code index}) against the exhaustive scan ({@code scan}: long words, popcount, two words first),
 * in the same run, per query (SampleTime: median and p99).
 *
 * <p>Stored hashes are random (fixed seed), with near-duplicates planted around every query: one per query hash, at
 * distances cycling through 0 to 31. Before measuring, the setup prints the layout, the build time, the bytes per
 * stored hash (arrays counted, and the heap measured before and after the build), and the recall of the index against
 * the scan on a sample of queries; it fails the run if the two differ at all.
 *
 * <pre>bench/jmh.sh PdqMatchBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class PdqMatchBenchmark {

    /** Queries cycled through (a power of two). */
    private static final int QUERIES = 1 << 10;

    /** Queries whose matches the index and the scan must agree on before anything is measured. */
    private static final int RECALL_SAMPLE = 48;

    @Param({"1000000", "10000000"})
    public int size;

    private PdqIndex index;
    private PdqIndex scan;
    private PdqQuery[] queries;
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(13);
        queries = new PdqQuery[QUERIES];
        long heapBefore = usedHeap();
        PdqEntries entries = storedWithPlantedNeighbours(random);
        long heapWithEntries = usedHeap();
        long start = System.nanoTime();
        index = PdqIndex.of(entries);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapWithIndex = usedHeap();
        scan = PdqIndex.exhaustive(entries);
        PdqIndex.Statistics statistics = index.statistics();
        System.out.printf("%n%,d hashes: %s%nbuilt in %.2f s; %.1f bytes a hash in arrays; heap %.1f bytes a hash"
                        + " (hashes, entries and thresholds %.1f, index %.1f)%n",
                size, statistics.layout(), seconds, statistics.bytesPerHash(),
                (double) (heapWithIndex - heapBefore) / size, (double) (heapWithEntries - heapBefore) / size,
                (double) (heapWithIndex - heapWithEntries) / size);
        checkRecall();
    }

    @Benchmark
    public Seq<PdqMatch> index() {
        return index.matches(queries[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public Seq<PdqMatch> scan() {
        return scan.matches(queries[next++ & (QUERIES - 1)]);
    }

    private PdqEntries storedWithPlantedNeighbours(SplittableRandom random) {
        PdqEntries.Builder builder = PdqEntries.builder(size);
        int planted = QUERIES * PdqQuery.MAX_VARIANTS;
        for (int i = 0; i < size - planted; i++) {
            builder.add(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong(), i,
                    PdqEntries.DEFAULT_THRESHOLD);
        }
        long entry = size - planted;
        for (int q = 0; q < QUERIES; q++) {
            List<PdqHash> variants = new ArrayList<>();
            for (int v = 0; v < PdqQuery.MAX_VARIANTS; v++) {
                PdqHash variant = new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
                variants.add(variant);
                builder.add(flipped(random, variant, (int) (entry % 32)), entry++, PdqEntries.DEFAULT_THRESHOLD);
            }
            queries[q] = PdqQuery.of(variants, 100).get();
        }
        return builder.build();
    }

    private void checkRecall() {
        long expected = 0;
        long found = 0;
        for (int q = 0; q < RECALL_SAMPLE; q++) {
            Seq<PdqMatch> byScan = scan.matches(queries[q]);
            Seq<PdqMatch> byIndex = index.matches(queries[q]);
            expected += byScan.size();
            found += byIndex.filter(byScan::contains).size();
            if (!byIndex.equals(byScan)) {
                throw new IllegalStateException("the index and the scan disagree on query " + q + ": " + byIndex
                        + " against " + byScan);
            }
        }
        System.out.printf("recall against the scan on %d queries: %d of %d matches (%.1f%%)%n",
                RECALL_SAMPLE, found, expected, 100.0 * found / expected);
    }

    /** {@code from} with {@code distance} distinct bits flipped: the first of a partial shuffle of the 256 bits. */
    private static PdqHash flipped(SplittableRandom random, PdqHash from, int distance) {
        int[] bits = new int[PdqHash.BITS];
        Arrays.setAll(bits, i -> i);
        long[] words = from.words();
        for (int i = 0; i < distance; i++) {
            int pick = i + random.nextInt(PdqHash.BITS - i);
            int bit = bits[pick];
            bits[pick] = bits[i];
            words[bit >>> 6] ^= 1L << (bit & 63);
        }
        return PdqHash.ofWords(words);
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
