package org.hotline.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.knowncontent.matching.DigestEntries;
import org.hotline.domain.knowncontent.matching.DigestIndex;
import org.hotline.domain.knowncontent.matching.PdqEntries;
import org.hotline.domain.knowncontent.matching.PdqIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether 10 million PDQ hashes and 10 million digests of each of MD5, SHA-1 and SHA-256 fit a 4 GB heap: one build
 * of all four, as start-up would do it (one after the other, each streamed into its builder), in a JVM given
 * {@code -Xmx4g}. The score is the time to build all four; the run prints the heap they hold once built.
 *
 * <pre>bench/jmh.sh KnownContentMemoryBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class KnownContentMemoryBenchmark {

    private static final int SIZE = 10_000_000;

    private Object[] held;

    @Benchmark
    public Object[] buildAll() {
        SplittableRandom random = new SplittableRandom(23);
        long before = PdqMatchBenchmark.usedHeap();
        PdqEntries.Builder pdq = PdqEntries.builder(SIZE);
        for (int i = 0; i < SIZE; i++) {
            pdq.add(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong(), i,
                    PdqEntries.DEFAULT_THRESHOLD);
        }
        PdqIndex pdqIndex = PdqIndex.of(pdq.build());
        DigestIndex md5 = digests(Digest.Algorithm.MD5, random);
        DigestIndex sha1 = digests(Digest.Algorithm.SHA1, random);
        DigestIndex sha256 = digests(Digest.Algorithm.SHA256, random);
        held = new Object[] {pdqIndex, md5, sha1, sha256};
        long used = PdqMatchBenchmark.usedHeap() - before;
        System.out.printf("%nheap held by 10M PDQ + 10M each of MD5, SHA-1, SHA-256: %.2f GB of %.2f GB maximum%n"
                        + "arrays: PDQ %.1f, MD5 %.1f, SHA-1 %.1f, SHA-256 %.1f bytes an entry%n",
                used / 1e9, Runtime.getRuntime().maxMemory() / 1e9, pdqIndex.statistics().bytesPerHash(),
                md5.statistics().bytesPerDigest(), sha1.statistics().bytesPerDigest(),
                sha256.statistics().bytesPerDigest());
        return held;
    }

    private static DigestIndex digests(Digest.Algorithm algorithm, SplittableRandom random) {
        DigestEntries.Builder builder = DigestEntries.builder(algorithm, SIZE);
        byte[] bytes = new byte[algorithm.hexDigits() / 2];
        for (int i = 0; i < SIZE; i++) {
            random.nextBytes(bytes);
            builder.add(bytes, i);
        }
        return DigestIndex.of(builder.build());
    }
}
