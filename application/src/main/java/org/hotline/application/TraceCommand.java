package org.hotline.application;

import java.time.Duration;
import java.util.List;

import io.vavr.collection.Seq;
import org.hotline.adapters.trace.dns.DnsjavaResolver;
import org.hotline.adapters.trace.ipdata.IpDataDirectory;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.hosting.HostingTracer;
import org.hotline.domain.hosting.TracedAddress;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.dns.DnsAnswer;
import org.hotline.domain.hosting.dns.NameServers;
import org.hotline.domain.hosting.dns.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code trace ADDRESS...}: where host names and IP addresses are hosted, as the hosting trace finds it (the whois an
 * analyst reaches for): the DNS answers, then each address's country, AS number, organisation and CDN, the
 * candidate countries and cautions, and the versions of the data used. Exit status: 0 when every host led to an
 * address, 1 when one did not, 2 when an argument is not a host.
 */
@Command(name = "trace", description = {"Trace host names, IP addresses or web addresses as the hosting trace does: DNS "
        + "answers (CNAME chain, A and AAAA with TTLs, name servers), each address's country, AS number, organisation and "
        + "CDN, the candidate countries and cautions, and the data versions.", "Needs no database; runs alongside the "
        + "program. Exit status 1 when a host led to no address."})
final class TraceCommand extends HotlineCommand {

    static final String CREDITS = "Countries: @ip-location-db/geo-whois-asn-country-mmdb (CC0). AS numbers and "
            + "organisations: @ip-location-db/asn (CC-BY-4.0), with data by RouteViews (routeviews.org), DB-IP (db-ip.com) "
            + "and the NRO (nro.net).";

    @Parameters(arity = "1..*", paramLabel = "ADDRESS",
            description = "Host names, IP addresses or web addresses (only their host is traced).")
    List<String> addresses;

    @Override
    public Integer call() {
        var hosts = io.vavr.collection.List.ofAll(addresses).map(this::host);
        Configuration.HostingTraceSettings settings = configuration().hostingTrace();
        try (IpDataDirectory data = IpDataDirectory.load(settings.ipDataDirectory());
                DnsjavaResolver resolver = new DnsjavaResolver(settings.dns())) {
            data.status().stream().filter(line -> !line.startsWith("CDN networks: ")).filter(line -> line.contains("not loaded")
                    || line.contains("could not") || line.contains(" line ")).forEach(line -> err().println("IP data: " + line));
            HostingTrace trace = new HostingTracer(resolver, data, Hotline.CLOCK).lookUp(hosts);
            print(trace);
            return trace.hosts().forAll(host -> host.addresses().nonEmpty()) ? Commands.DONE : Commands.FAILED;
        }
    }

    /** The host an argument names; wrong usage, said before anything is traced, when it names none. */
    private Host host(String argument) {
        return Host.parse(hostOf(argument)).getOrElseThrow(wrong -> new ParameterException(spec.commandLine(), "'"
                + argument + "' is not a host name, an IP address or a web address: " + wrong.detail()));
    }

    /** The host of a web address ({@code https://www.example.org:8443/x}), or the argument as it is. */
    static String hostOf(String argument) {
        String text = argument.strip();
        int scheme = text.indexOf("://");
        if (scheme < 0 && text.startsWith("[") && text.contains("]:")) {
            return text.substring(0, text.indexOf(']') + 1);
        }
        if (scheme < 0) {
            int colon = text.indexOf(':');
            boolean nameAndPort = colon > 0 && colon == text.lastIndexOf(':') && text.substring(colon + 1).matches("\\d{1,5}");
            return nameAndPort ? text.substring(0, colon) : text;
        }
        String rest = text.substring(scheme + 3);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            return close < 0 ? hostAndPort : hostAndPort.substring(0, close + 1);
        }
        int colon = hostAndPort.indexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private void print(HostingTrace trace) {
        for (HostTrace host : trace.hosts()) {
            out().println(host.host().text());
            host.dns().forEach(this::printDns);
            if (host.dns().isEmpty()) {
                out().println("  (an IP address: no DNS)");
            }
            host.addresses().forEach(this::printAddress);
            out().println();
        }
        printSummary(trace);
        out().println("Data: " + trace.data());
        out().println("Traced " + trace.startedAt() + " in "
                + Duration.between(trace.startedAt(), trace.finishedAt()).toMillis() + " ms.");
        out().println(CREDITS);
    }

    private void printDns(Resolution dns) {
        printAnswer(dns.ipv4());
        printAnswer(dns.ipv6());
        printNameServers(dns.nameServers());
    }

    private void printAnswer(DnsAnswer answer) {
        String type = answer.type().name();
        String from = answer.resolver().map(r -> "  [" + r + "]").getOrElse("");
        answer.cnames().forEach(cname -> out().println("  " + pad(type, 6) + "CNAME " + cname.name() + " -> " + cname.target()
                + " (TTL " + cname.ttl() + " s)"));
        if (answer.records().isEmpty()) {
            out().println("  " + pad(type, 6) + answer.outcome().describe() + from);
        }
        answer.records().forEach(record -> out().println("  " + pad(type, 6) + record.address() + " (TTL " + record.ttl() + " s)"
                + from));
    }

    private void printNameServers(NameServers nameServers) {
        if (nameServers.zone().isEmpty()) {
            out().println("  NS    " + nameServers.outcome().describe());
            return;
        }
        out().println("  NS    " + nameServers.zone().get() + ": " + nameServers.servers().map(Object::toString).mkString(", "));
    }

    private void printAddress(TracedAddress traced) {
        var facts = traced.facts();
        String line = "  " + pad(traced.address().toString(), 40)
                + pad("country " + facts.country().map(Object::toString).getOrElse("unknown"), 16)
                + pad(facts.asn().map(Object::toString).getOrElse("AS unknown"), 13)
                + facts.organisation().getOrElse("organisation unknown");
        out().println(line.stripTrailing());
        traced.cdn().forEach(cdn -> out().println("      CDN: " + cdn.network() + " (" + cdn.evidence() + ")"));
        traced.specialUse().forEach(use -> out().println("      reserved: " + use.meaning()));
    }

    private void printSummary(HostingTrace trace) {
        var summary = trace.summary();
        Seq<String> countries = summary.candidates().map(candidate -> candidate.country() + " ("
                + candidate.hosts().map(Host::text).mkString(", ") + ")");
        out().println("Hosting countries: " + (countries.isEmpty() ? "none found" : countries.mkString("; ")));
        summary.cautions().forEach(caution -> out().println("! " + caution.describe()));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
