package org.hotline.adapters.trace.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an IP data directory as {@code scripts/fetch-ip-data.sh} leaves it, from data a test makes up: a country
 * database, the AS ranges for IPv4 and IPv6, their package manifests, and optionally an administrator's CDN list.
 */
public final class TestIpData {

    private final Path directory;
    private final MmdbWriter countries = MmdbWriter.countries();
    private final List<String> ipv4 = new ArrayList<>();
    private final List<String> ipv6 = new ArrayList<>();
    private String version = "1.0.0";

    private TestIpData(Path directory) {
        this.directory = directory;
    }

    public static TestIpData in(Path directory) {
        return new TestIpData(directory);
    }

    public TestIpData version(String version) {
        this.version = version;
        return this;
    }

    public TestIpData country(String network, String country) {
        countries.country(network, country);
        return this;
    }

    /** The range, as a line of {@code asn-ipv4.csv} or {@code asn-ipv6.csv} (the organisation quoted as there). */
    public TestIpData network(String first, String last, long asn, String organisation) {
        String quoted = organisation.contains(",") || organisation.contains("\"")
                ? "\"" + organisation.replace("\"", "\"\"") + "\"" : organisation;
        (first.contains(":") ? ipv6 : ipv4).add(first + "," + last + "," + asn + "," + quoted);
        return this;
    }

    /** Writes the directory; returns it. */
    public Path write() {
        writeCountries();
        writeNetworks();
        return directory;
    }

    public Path writeCountries() {
        Path countryDirectory = directory.resolve("geo-whois-asn-country");
        write(countryDirectory.resolve("geo-whois-asn-country.mmdb"), countries.write());
        write(countryDirectory.resolve("package.json"), manifest("@ip-location-db/geo-whois-asn-country-mmdb"));
        return countryDirectory;
    }

    public Path writeNetworks() {
        Path networkDirectory = directory.resolve("asn");
        write(networkDirectory.resolve("asn-ipv4.csv"), lines(ipv4));
        write(networkDirectory.resolve("asn-ipv6.csv"), lines(ipv6));
        write(networkDirectory.resolve("package.json"), manifest("@ip-location-db/asn"));
        return networkDirectory;
    }

    /** Writes the administrator's CDN list. */
    public TestIpData cdnList(String text) {
        write(directory.resolve("cdn-networks.txt"), text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private byte[] manifest(String name) {
        return ("{\n  \"name\": \"" + name + "\",\n  \"version\": \"" + version + "\",\n  \"license\": \"test\"\n}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] lines(List<String> lines) {
        return lines.stream().map(line -> line + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
