package org.hotline.adapters.rdap;

import java.math.BigInteger;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * The RDAP bootstrap registries (RFC 9224) read: for IPv4 and IPv6 networks, ranges of AS numbers and top-level
 * domains, the RDAP servers that answer for them. The most specific entry wins (the longest network prefix, the
 * longest domain suffix); of a service's servers an https one is preferred.
 */
public final class Bootstrap {

    /** The four files, as IANA names them. */
    public enum Registry {
        IPV4("ipv4.json"), IPV6("ipv6.json"), ASN("asn.json"), DNS("dns.json");

        private final String file;

        Registry(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    private record Network(BigInteger prefix, int length, int bits, URI server) {
        boolean contains(BigInteger address) {
            return address.shiftRight(bits - length).equals(prefix.shiftRight(bits - length));
        }
    }

    private record AsnRange(long first, long last, URI server) {
    }

    private record Zone(String suffix, URI server) {
    }

    private final List<Network> networks;
    private final List<AsnRange> asns;
    private final List<Zone> zones;

    private Bootstrap(List<Network> networks, List<AsnRange> asns, List<Zone> zones) {
        this.networks = networks;
        this.asns = asns;
        this.zones = zones;
    }

    /** The registries from the four files' JSON, each as IANA publishes it; entries that cannot be read are skipped. */
    public static Bootstrap of(JsonNode ipv4, JsonNode ipv6, JsonNode asn, JsonNode dns) {
        List<Network> networks = services(ipv4).flatMap(s -> s._1.flatMap(prefix -> network(prefix, 32, s._2)))
                .appendAll(services(ipv6).flatMap(s -> s._1.flatMap(prefix -> network(prefix, 128, s._2))));
        List<AsnRange> ranges = services(asn).flatMap(s -> s._1.flatMap(range -> asnRange(range, s._2)));
        List<Zone> zones = services(dns).flatMap(s -> s._1.map(label -> new Zone(
                label.toLowerCase(Locale.ROOT).replaceAll("^\\.+|\\.+$", ""), s._2)));
        return new Bootstrap(networks.sortBy(network -> -network.length()), ranges, zones.sortBy(zone -> -zone.suffix().length()));
    }

    /** The server for an address: the one of the most specific network holding it. */
    public Option<URI> serverFor(IpAddress address) {
        int bits = address.isIpv4() ? 32 : 128;
        BigInteger value = new BigInteger(1, address.bytes());
        return networks.find(network -> network.bits() == bits && network.contains(value)).map(Network::server);
    }

    public Option<URI> serverFor(Asn asn) {
        return asns.find(range -> range.first() <= asn.number() && asn.number() <= range.last()).map(AsnRange::server);
    }

    /** The server for a domain: the one of its longest suffix listed (its top-level domain, usually). */
    public Option<URI> serverFor(DomainName domain) {
        String name = domain.value();
        return zones.find(zone -> zone.suffix().isEmpty() || name.equals(zone.suffix()) || name.endsWith("." + zone.suffix()))
                .map(Zone::server);
    }

    /** Each service of a file: its entries and the server chosen for them. */
    private static List<io.vavr.Tuple2<List<String>, URI>> services(JsonNode file) {
        Objects.requireNonNull(file, "file");
        return List.ofAll(file.path("services")).flatMap(service -> {
            List<String> entries = List.ofAll(service.path(0)).map(JsonNode::asText).filter(text -> !text.isBlank());
            Option<URI> server = server(List.ofAll(service.path(1)).map(JsonNode::asText));
            return server.map(uri -> io.vavr.Tuple.of(entries, uri));
        });
    }

    private static Option<URI> server(List<String> urls) {
        List<URI> usable = urls.flatMap(url -> {
            try {
                URI uri = new URI(url.endsWith("/") ? url : url + "/");
                return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                        ? Option.some(uri) : Option.none();
            } catch (java.net.URISyntaxException e) {
                return Option.none();
            }
        });
        return usable.find(uri -> uri.getScheme().equals("https")).orElse(usable.headOption());
    }

    private static Option<Network> network(String text, int bits, URI server) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Option.none();
        }
        Option<IpAddress> address = IpAddress.parse(text.substring(0, slash).strip());
        Option<Integer> length = Option.of(text.substring(slash + 1).strip()).filter(s -> s.matches("[0-9]{1,3}"))
                .map(Integer::parseInt).filter(n -> n <= bits);
        return address.filter(a -> a.isIpv4() == (bits == 32)).flatMap(a -> length.map(n -> new Network(
                new BigInteger(1, a.bytes()), n, bits, server)));
    }

    private static Option<AsnRange> asnRange(String text, URI server) {
        String[] ends = text.strip().split("-", 2);
        Option<Asn> first = Asn.parse(ends[0]);
        Option<Asn> last = ends.length == 2 ? Asn.parse(ends[1]) : first;
        return first.flatMap(f -> last.map(l -> new AsnRange(f.number(), l.number(), server)));
    }
}
