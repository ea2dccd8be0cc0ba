package org.hotline.adapters.trace.ipdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hotline.domain.hosting.address.IpAddress;

/** The real IP data for the benchmarks, and addresses drawn from its ranges. */
final class BenchmarkData {

    private BenchmarkData() {
    }

    /** {@code <HOTLINE_DATA_DIR>/ip} (default ./data/ip), where scripts/fetch-ip-data.sh puts the data. */
    static Path directory() {
        String dataDir = System.getenv().getOrDefault("HOTLINE_DATA_DIR", "./data");
        Path ip = Path.of(dataDir).resolve("ip");
        if (!Files.isRegularFile(ip.resolve("asn/asn-ipv4.csv"))
                || !Files.isRegularFile(ip.resolve("geo-whois-asn-country/geo-whois-asn-country.mmdb"))) {
            throw new IllegalStateException("No IP data in " + ip.toAbsolutePath() + ": run scripts/fetch-ip-data.sh first");
        }
        return ip;
    }

    /**
     * Addresses spread over the data as traces meet them: each drawn from a random range of the AS data (a random
     * address inside it), so that lookups walk the whole index and the country tree rather than one corner.
     */
    static IpAddress[] addresses(Path directory, boolean ipv6, int count, long seed) throws IOException {
        List<IpAddress[]> ranges = new ArrayList<>();
        Path file = directory.resolve("asn").resolve(ipv6 ? "asn-ipv6.csv" : "asn-ipv4.csv");
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] fields = line.split(",", 3);
                if (fields.length == 3) {
                    ranges.add(new IpAddress[] {IpAddress.parse(fields[0]).get(), IpAddress.parse(fields[1]).get()});
                }
            }
        }
        Random random = new Random(seed);
        IpAddress[] addresses = new IpAddress[count];
        for (int i = 0; i < count; i++) {
            IpAddress[] range = ranges.get(random.nextInt(ranges.size()));
            addresses[i] = inside(range[0], range[1], random);
        }
        return addresses;
    }

    private static IpAddress inside(IpAddress first, IpAddress last, Random random) {
        if (first.isIpv4()) {
            long span = last.low() - first.low() + 1;
            return IpAddress.ipv4(first.low() + (long) (random.nextDouble() * span));
        }
        if (first.high() == last.high()) {
            long span = last.low() - first.low();
            long offset = span < 0 ? random.nextLong() & Long.MAX_VALUE : (long) (random.nextDouble() * span);
            return IpAddress.ipv6(first.high(), first.low() + offset);
        }
        long span = last.high() - first.high();
        long high = first.high() + (span < 0 ? 0 : (long) (random.nextDouble() * span));
        return IpAddress.ipv6(high, high == first.high() ? first.low() : random.nextLong());
    }
}
