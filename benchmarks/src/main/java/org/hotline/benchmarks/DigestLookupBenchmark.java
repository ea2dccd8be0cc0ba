package org.hotline.benchmarks;

import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.knowncontent.matching.DigestEntries;
import org.hotline.domain.knowncontent.matching.DigestIndex;
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
 * Exact lookups per second in 10 million stored digests of each algorithm, one thread; half the looked-up digests
 * are stored, half are not. A lookup takes the digest as the rest of the system holds it (hexadecimal digits). The setup prints the build time and the bytes per stored digest.
 *
 * <pre>bench/jmh.sh DigestLookupBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class DigestLookupBenchmark {

    private static final int QUERIES = 1 << 20;

    @Param({"MD5", "SHA1", "SHA256"})
    public Digest.Algorithm algorithm;

    @Param({"10000000"})
    public int size;

    private DigestIndex index;
    private Digest[] queries;
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(19);
        queries = new Digest[QUERIES];
        DigestEntries.Builder builder = DigestEntries.builder(algorithm, size);
        int stride = size / (QUERIES / 2);
        for (int i = 0; i < size; i++) {
            byte[] digest = anyDigest(random);
            builder.add(digest, i);
            if (i % stride == 0 && i / stride < QUERIES / 2) {
                queries[2 * (i / stride)] = written(digest);
            }
        }
        for (int q = 1; q < QUERIES; q += 2) {
            queries[q] = written(anyDigest(random));
        }
        long start = System.nanoTime();
        index = DigestIndex.of(builder.build());
        System.out.printf("%n%,d %s digests: built in %.2f s; %.1f bytes a digest%n", size, algorithm.standardName(),
                (System.nanoTime() - start) / 1e9, index.statistics().bytesPerDigest());
    }

    @Benchmark
    public long[] lookup() {
        return index.entriesOf(queries[next++ & (QUERIES - 1)]);
    }

    private byte[] anyDigest(SplittableRandom random) {
        byte[] bytes = new byte[algorithm.hexDigits() / 2];
        random.nextBytes(bytes);
        return bytes;
    }

    private Digest written(byte[] digest) {
        return new Digest(algorithm, HexFormat.of().formatHex(digest));
    }
}
