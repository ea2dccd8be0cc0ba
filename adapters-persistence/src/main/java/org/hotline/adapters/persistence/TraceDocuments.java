package org.hotline.adapters.persistence;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.CdnMatch;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.TracedAddress;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.dns.AddressRecord;
import org.hotline.domain.hosting.dns.CnameRecord;
import org.hotline.domain.hosting.dns.DnsAnswer;
import org.hotline.domain.hosting.dns.NameServerRecord;
import org.hotline.domain.hosting.dns.NameServers;
import org.hotline.domain.hosting.dns.RecordType;
import org.hotline.domain.hosting.dns.Resolution;

/**
 * The hosts of a hosting trace as the JSON document of {@code hosting_trace.hosts}: adapter-private records, written
 * from the domain's values and read back into them (which check themselves again). DNS outcomes are kept as their
 * code and values ({@link DnsOutcomes}).
 */
final class TraceDocuments {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    record HostDoc(String host, String role, ResolutionDoc dns, List<AddressDoc> addresses) {
    }

    record ResolutionDoc(String name, AnswerDoc ipv4, AnswerDoc ipv6, NameServersDoc nameServers) {
    }

    record AnswerDoc(String type, String resolver, List<CnameDoc> cnames, List<RecordDoc> records, OutcomeDoc outcome) {
    }

    record CnameDoc(String name, String target, long ttl) {
    }

    record RecordDoc(String name, String address, long ttl) {
    }

    record NameServersDoc(String zone, List<ServerDoc> servers, String resolver, OutcomeDoc outcome) {
    }

    record ServerDoc(String server, long ttl) {
    }

    record OutcomeDoc(String code, List<String> values) {
    }

    record AddressDoc(String address, String country, Long asn, String organisation, CdnDoc cdn) {
    }

    /** A CDN match: by the AS that routes the address ({@code asn}), or by an alias into its domain ({@code alias}). */
    record CdnDoc(String network, Long asn, String alias) {
    }

    private TraceDocuments() {
    }

    static String write(Seq<HostTrace> hosts) {
        try {
            return JSON.writeValueAsString(hosts.map(TraceDocuments::toDoc).toJavaList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trace could not be written as JSON", e);
        }
    }

    static Seq<HostTrace> read(String json) {
        try {
            HostDoc[] docs = JSON.readValue(json, HostDoc[].class);
            return io.vavr.collection.List.of(docs).map(TraceDocuments::toHost);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored trace could not be read: " + e.getOriginalMessage(), e);
        }
    }

    private static HostDoc toDoc(HostTrace host) {
        return new HostDoc(host.host().text(), host.role().name(), host.dns().map(TraceDocuments::toDoc).getOrNull(),
                host.addresses().map(TraceDocuments::toDoc).toJavaList());
    }

    private static ResolutionDoc toDoc(Resolution dns) {
        NameServers ns = dns.nameServers();
        return new ResolutionDoc(dns.name().value(), toDoc(dns.ipv4()), toDoc(dns.ipv6()),
                new NameServersDoc(ns.zone().map(DomainName::value).getOrNull(),
                        ns.servers().map(s -> new ServerDoc(s.server().value(), s.ttl())).toJavaList(),
                        ns.resolver().getOrNull(), DnsOutcomes.toDoc(ns.outcome())));
    }

    private static AnswerDoc toDoc(DnsAnswer answer) {
        return new AnswerDoc(answer.type().name(), answer.resolver().getOrNull(),
                answer.cnames().map(c -> new CnameDoc(c.name().value(), c.target().value(), c.ttl())).toJavaList(),
                answer.records().map(r -> new RecordDoc(r.name().value(), r.address().toString(), r.ttl())).toJavaList(),
                DnsOutcomes.toDoc(answer.outcome()));
    }

    private static AddressDoc toDoc(TracedAddress traced) {
        AddressFacts facts = traced.facts();
        CdnDoc cdn = traced.cdn().map(match -> match instanceof CdnMatch.ByAsn byAsn
                ? new CdnDoc(match.network(), byAsn.asn().number(), null)
                : new CdnDoc(match.network(), null, ((CdnMatch.ByAlias) match).alias().value())).getOrNull();
        return new AddressDoc(traced.address().toString(), facts.country().map(CountryCode::value).getOrNull(),
                facts.asn().map(Asn::number).getOrNull(), facts.organisation().getOrNull(), cdn);
    }

    private static HostTrace toHost(HostDoc doc) {
        Host host = Host.parse(doc.host()).getOrElseThrow(error -> new IllegalStateException("a stored host: " + doc.host()));
        return new HostTrace(host, HostTrace.Role.valueOf(doc.role()), Option.of(doc.dns()).map(TraceDocuments::toResolution),
                io.vavr.collection.List.ofAll(doc.addresses()).map(TraceDocuments::toAddress));
    }

    private static Resolution toResolution(ResolutionDoc doc) {
        NameServersDoc ns = doc.nameServers();
        return new Resolution(name(doc.name()), toAnswer(doc.ipv4()), toAnswer(doc.ipv6()),
                new NameServers(Option.of(ns.zone()).map(TraceDocuments::name),
                        io.vavr.collection.List.ofAll(ns.servers()).map(s -> new NameServerRecord(name(s.server()), s.ttl())),
                        Option.of(ns.resolver()), DnsOutcomes.fromDoc(ns.outcome())));
    }

    private static DnsAnswer toAnswer(AnswerDoc doc) {
        return new DnsAnswer(RecordType.valueOf(doc.type()), Option.of(doc.resolver()),
                io.vavr.collection.List.ofAll(doc.cnames()).map(c -> new CnameRecord(name(c.name()), name(c.target()), c.ttl())),
                io.vavr.collection.List.ofAll(doc.records()).map(r -> new AddressRecord(name(r.name()), address(r.address()),
                        r.ttl())),
                DnsOutcomes.fromDoc(doc.outcome()));
    }

    private static TracedAddress toAddress(AddressDoc doc) {
        Option<CdnMatch> cdn = Option.of(doc.cdn()).map(c -> c.asn() != null
                ? new CdnMatch.ByAsn(c.network(), new Asn(c.asn()))
                : new CdnMatch.ByAlias(c.network(), name(c.alias())));
        return new TracedAddress(address(doc.address()), new AddressFacts(Option.of(doc.country()).map(CountryCode::new),
                Option.of(doc.asn()).map(Asn::new), Option.of(doc.organisation())), cdn);
    }

    static DomainName name(String text) {
        return new DomainName(text);
    }

    private static IpAddress address(String text) {
        return IpAddress.parse(text).getOrElseThrow(() -> new IllegalStateException("a stored address: " + text));
    }
}
