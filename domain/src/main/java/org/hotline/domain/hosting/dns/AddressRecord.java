package org.hotline.domain.hosting.dns;

import java.util.Objects;

import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;

/** An A or AAAA record: {@code name} has {@code address}, for {@code ttl} seconds. */
public record AddressRecord(DomainName name, IpAddress address, long ttl) {

    public AddressRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Ttl.checked(ttl);
    }

    /** A for an IPv4 address, AAAA for an IPv6 one. */
    public RecordType type() {
        return address.isIpv4() ? RecordType.A : RecordType.AAAA;
    }

    @Override
    public String toString() {
        return name + " " + type() + " " + address + " (TTL " + ttl + " s)";
    }
}
