package org.hotline.adapters.trace.ipdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.CdnNetworks;
import org.hotline.domain.hosting.address.DomainName;

/**
 * Reads a list of content-delivery and reverse-proxy networks: one entry a line, an AS number ({@code AS13335}) or
 * a domain their aliases live in ({@code cloudfront.net}), then the network's name; {@code #} starts a comment.
 * A line that cannot be read is reported by its number and passed over.
 */
final class CdnList {

    /** The list as read, and what was wrong with it. */
    record Parsed(CdnNetworks networks, List<String> problems) {
    }

    private CdnList() {
    }

    static Parsed parse(String text, String source) {
        Map<Asn, String> byAsn = LinkedHashMap.empty();
        Map<DomainName, String> byDomain = LinkedHashMap.empty();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = withoutComment(lines[number - 1]);
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                problems.add(source + " line " + number + ": '" + line + "' names no network after the AS number or domain");
                continue;
            }
            String key = parts[0];
            String network = parts[1].strip();
            Option<Asn> asn = key.toUpperCase(Locale.ROOT).startsWith("AS") ? Asn.parse(key) : Option.none();
            if (asn.isDefined()) {
                byAsn = byAsn.put(asn.get(), network);
                continue;
            }
            var domain = DomainName.parse(key);
            if (domain.isRight() && domain.get().parent().isDefined()) {
                byDomain = byDomain.put(domain.get(), network);
            } else {
                problems.add(source + " line " + number + ": '" + key + "' is neither an AS number (AS13335) nor a domain "
                        + "(cloudfront.net)");
            }
        }
        return new Parsed(new CdnNetworks(byAsn, byDomain), problems);
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
}
