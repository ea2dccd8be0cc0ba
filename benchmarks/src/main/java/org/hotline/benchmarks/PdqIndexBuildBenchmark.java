package org.hotline.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.hotline.domain.knowncontent.matching.PdqEntries;
import org.hotline.domain.knowncontent.matching.PdqIndex;
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
 * How long building the PDQ multi-index takes, in memory, from hashes already in arrays (what start-up does once the
 * stored hashes are read): one thread, each build from scratch.
 *
 * <pre>bench/jmh.sh PdqIndexBuildBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PdqIndexBuildBenchmark {

    @Param({"1000000", "10000000"})
    public int size;

    private PdqEntries entries;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(17);
        PdqEntries.Builder builder = PdqEntries.builder(size);
        for (int i = 0; i < size; i++) {
            builder.add(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong(), i,
                    PdqEntries.DEFAULT_THRESHOLD);
        }
        entries = builder.build();
    }

    @Benchmark
    public PdqIndex build() {
        return PdqIndex.of(entries);
    }
}
