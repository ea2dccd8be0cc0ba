package org.hotline.domain.hosting.dns;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;

/** Everything DNS answered for one host name: its IPv4 and IPv6 addresses, and its zone's name servers. */
public record Resolution(DomainName name, DnsAnswer ipv4, DnsAnswer ipv6, NameServers nameServers) {

    public Resolution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ipv4, "ipv4");
        Objects.requireNonNull(ipv6, "ipv6");
        Objects.requireNonNull(nameServers, "nameServers");
        if (ipv4.type() != RecordType.A || ipv6.type() != RecordType.AAAA) {
            throw new IllegalArgumentException("a resolution holds an A answer and an AAAA answer");
        }
    }

    /** Every address the name resolved to, IPv4 first, each once. */
    public Seq<IpAddress> addresses() {
        return ipv4.records().appendAll(ipv6.records()).map(AddressRecord::address).distinct();
    }

    /** Every name passed on the way to the addresses: the name itself, then each CNAME target, each once. */
    public Seq<DomainName> aliases() {
        return ipv4.cnames().appendAll(ipv6.cnames()).map(CnameRecord::target).prepend(name).distinct();
    }

    /** The address answers that did not end with an answer (with records or without), in the order A, AAAA. */
    public Seq<DnsAnswer> failedAnswers() {
        return io.vavr.collection.List.of(ipv4, ipv6).filter(answer -> !answer.outcome().answered());
    }

    /**
     * How resolving the name to addresses ended: complete when it has an address; otherwise the first failure, or
     * "no records" when both questions were answered without any.
     */
    public DnsOutcome outcome() {
        if (!addresses().isEmpty()) {
            return new DnsOutcome.Complete();
        }
        return failedAnswers().headOption().map(DnsAnswer::outcome).getOrElse(new DnsOutcome.NoRecords());
    }
}
