package org.hotline.adapters.trace.ipdata;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long loading the real IP data takes (reading the country database and parsing both AS range files into the
 * index): at start, and each time newer data arrives.
 *
 *   bench/jmh.sh IpDataLoadBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class IpDataLoadBenchmark {

    private Path directory;

    @Setup
    public void find() {
        directory = BenchmarkData.directory();
    }

    @Benchmark
    public Object load() {
        try (IpDataDirectory data = IpDataDirectory.load(directory)) {
            return data.current();
        }
    }
}
