package org.hotline.adapters.trace.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real IP data that {@code scripts/fetch-ip-data.sh} fetched into the repository's {@code data/ip}, for
 * the tests that check it; they are skipped where it was not fetched (as in CI).
 */
public final class RealIpData {

    private RealIpData() {
    }

    /** The repository's {@code data/ip}, when both data sets are there. */
    public static Optional<Path> directory() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !(Files.isRegularFile(here.resolve("pom.xml")) && Files.isDirectory(here.resolve("domain")))) {
            here = here.getParent();
        }
        if (here == null) {
            return Optional.empty();
        }
        Path ip = here.resolve("data").resolve("ip");
        boolean fetched = Files.isRegularFile(ip.resolve("geo-whois-asn-country/geo-whois-asn-country.mmdb"))
                && Files.isRegularFile(ip.resolve("asn/asn-ipv4.csv"));
        return fetched ? Optional.of(ip) : Optional.empty();
    }
}
