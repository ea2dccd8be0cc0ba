package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.dns.DnsOutcome;
import org.hotline.domain.hosting.dns.Resolution;

/**
 * The trace of one host: what DNS answered for its name (nothing to ask for an address written in numbers) and
 * every address it led to, with what the IP data says of each.
 */
public record HostTrace(Host host, Role role, Option<Resolution> dns, Seq<TracedAddress> addresses) {

    /** What the host serves for the reported address. */
    public enum Role {
        /** The reported page. */
        PAGE,
        /** Items on the page (images, videos) served from another host. */
        ITEMS,
        /** The page, and items on it. */
        PAGE_AND_ITEMS,
        /** Looked up by a member of staff, outside any case. */
        LOOKED_UP
    }

    public HostTrace {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dns, "dns");
        Objects.requireNonNull(addresses, "addresses");
        if (host instanceof Host.Numeric numeric) {
            boolean itself = addresses.map(TracedAddress::address).toList().equals(List.of(numeric.address()));
            if (dns.isDefined() || !itself) {
                throw new IllegalArgumentException("a host written as an address is traced to that address, without DNS");
            }
        } else if (dns.isEmpty() || !dns.get().addresses().toList().equals(addresses.map(TracedAddress::address).toList())) {
            throw new IllegalArgumentException("a host name is traced to the addresses DNS gave for it");
        }
    }

    /** How resolving the host ended: complete for an address written in numbers, else as DNS answered. */
    public DnsOutcome outcome() {
        return dns.map(Resolution::outcome).getOrElse(new DnsOutcome.Complete());
    }
}
