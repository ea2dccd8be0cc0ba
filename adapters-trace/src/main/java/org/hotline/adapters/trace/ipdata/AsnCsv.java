package org.hotline.adapters.trace.ipdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;

import io.vavr.control.Option;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * Reads the ranges of {@code @ip-location-db/asn}: {@code asn-ipv4.csv} and {@code asn-ipv6.csv}, one range a line
 * ({@code first,last,asn,organisation}, the organisation quoted when it holds a comma). A line that cannot be read
 * is counted and passed over; a file where most lines cannot be read is not this data.
 */
final class AsnCsv {

    static final String PACKAGE = "@ip-location-db/asn";
    static final List<String> FILES = List.of("asn-ipv4.csv", "asn-ipv6.csv");

    private AsnCsv() {
    }

    static Loaded<AsnRanges> load(Path directory) throws UnusableData {
        for (String file : FILES) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                throw UnusableData.missing(directory.resolve(file) + " is missing");
            }
        }
        AsnRanges.Builder ranges = new AsnRanges.Builder();
        MessageDigest digest = DataFiles.sha256();
        int[] lines = new int[2];
        for (String file : FILES) {
            read(directory.resolve(file), ranges, digest, lines);
        }
        int skipped = lines[1];
        AsnRanges built = ranges.build();
        if (lines[0] == 0 || skipped > lines[0]) {
            throw UnusableData.corrupt(directory + " holds no readable ranges (" + skipped + " lines could not be read)", null);
        }
        String name = DataFiles.Package.in(directory).map(DataFiles.Package::name).orElse(PACKAGE);
        String version = DataFiles.Package.in(directory).map(p -> p.version() + " ").orElse("")
                + "(sha256 " + DataFiles.shortDigest(digest) + ")";
        String summary = String.format("%,d IPv4 and %,d IPv6 ranges%s", built.ipv4Count(), built.ipv6Count(),
                skipped == 0 ? "" : String.format(", %,d unreadable lines passed over", skipped));
        return new Loaded<>(built, DataSetVersion.of(name, version), summary);
    }

    /** Reads one file into the ranges, counting the lines read (first) and passed over (second). */
    private static void read(Path file, AsnRanges.Builder ranges, MessageDigest digest, int[] counts) throws UnusableData {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    counts[addLine(line, ranges) ? 0 : 1]++;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw UnusableData.corrupt(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean addLine(String line, AsnRanges.Builder ranges) {
        int first = line.indexOf(',');
        int second = first < 0 ? -1 : line.indexOf(',', first + 1);
        int third = second < 0 ? -1 : line.indexOf(',', second + 1);
        if (third < 0) {
            return false;
        }
        Option<IpAddress> start = address(line, 0, first);
        Option<IpAddress> end = address(line, first + 1, second);
        Option<Long> asn = number(line.substring(second + 1, third));
        Option<String> organisation = unquoted(line.substring(third + 1));
        if (start.isEmpty() || end.isEmpty() || asn.isEmpty() || organisation.isEmpty()) {
            return false;
        }
        return ranges.add(start.get(), end.get(), asn.get(), organisation.get());
    }

    /** An address in the line; dotted IPv4 addresses, most of the data, are read in place. */
    private static Option<IpAddress> address(String line, int from, int to) {
        long bits = dottedQuad(line, from, to);
        return bits >= 0 ? Option.some(IpAddress.ipv4(bits)) : IpAddress.parse(line.substring(from, to));
    }

    /** The 32 bits of a dotted-decimal IPv4 address between two positions, or -1 when it is not one. */
    static long dottedQuad(String line, int from, int to) {
        long bits = 0;
        int octets = 0;
        int position = from;
        while (octets < 4) {
            int start = position;
            int value = 0;
            while (position < to && position - start < 3 && line.charAt(position) >= '0' && line.charAt(position) <= '9') {
                value = value * 10 + line.charAt(position) - '0';
                position++;
            }
            boolean leadingZero = position - start > 1 && line.charAt(start) == '0';
            if (position == start || value > 255 || leadingZero) {
                return -1;
            }
            bits = bits << 8 | value;
            octets++;
            if (octets < 4) {
                if (position >= to || line.charAt(position) != '.') {
                    return -1;
                }
                position++;
            }
        }
        return position == to ? bits : -1;
    }

    private static Option<Long> number(String text) {
        if (text.isEmpty() || text.length() > 10) {
            return Option.none();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Option.none();
            }
        }
        return Option.some(Long.parseLong(text));
    }

    /** A CSV field: as it is, or without its quotes and with doubled quotes single. */
    static Option<String> unquoted(String field) {
        if (!field.startsWith("\"")) {
            return field.indexOf('"') >= 0 ? Option.none() : Option.some(field.strip());
        }
        if (field.length() < 2 || !field.endsWith("\"")) {
            return Option.none();
        }
        String inner = field.substring(1, field.length() - 1);
        if (inner.replace("\"\"", "").indexOf('"') >= 0) {
            return Option.none();
        }
        return Option.some(inner.replace("\"\"", "\"").strip());
    }
}
