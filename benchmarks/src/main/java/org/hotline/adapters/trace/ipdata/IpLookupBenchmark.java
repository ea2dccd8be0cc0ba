package org.hotline.adapters.trace.ipdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.IpData;
import org.hotline.domain.hosting.address.IpAddress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Address lookups per second on one core, over the real data (scripts/fetch-ip-data.sh): the whole lookup a trace
 * makes (country, AS number and organisation), and its two halves, the country tree (MaxMind's reader) and the AS
 * range index. Addresses are drawn from random ranges of the data, 64 Ki of them, in turn.
 *
 *   bench/jmh.sh IpLookupBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IpLookupBenchmark {

    private static final int MASK = (1 << 16) - 1;

    @Param({"ipv4", "ipv6"})
    public String family;

    private IpDataDirectory data;
    private IpData.View view;
    private CountryDatabase countries;
    private AsnRanges ranges;
    private IpAddress[] addresses;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path directory = BenchmarkData.directory();
        data = IpDataDirectory.load(directory);
        view = data.current();
        countries = data.countryDatabase();
        ranges = data.asnRanges();
        addresses = BenchmarkData.addresses(directory, family.equals("ipv6"), MASK + 1, 14);
    }

    @TearDown(Level.Trial)
    public void close() {
        data.close();
    }

    /** What a trace asks for each address: country, AS number and organisation. */
    @Benchmark
    public AddressFacts countryAndNetwork() {
        return view.lookUp(addresses[next++ & MASK]);
    }

    /** The country alone: MaxMind's reader over the search tree in memory. */
    @Benchmark
    public Object country() {
        return countries.country(addresses[next++ & MASK]);
    }

    /** The AS number alone: halving search over the sorted range arrays. */
    @Benchmark
    public long asn() {
        int range = ranges.find(addresses[next++ & MASK]);
        return range == AsnRanges.NONE ? -1 : ranges.asn(range);
    }
}
