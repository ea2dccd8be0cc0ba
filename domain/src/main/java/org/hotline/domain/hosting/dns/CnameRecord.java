package org.hotline.domain.hosting.dns;

import java.util.Objects;

import org.hotline.domain.hosting.address.DomainName;

/** One link of a CNAME chain: {@code name} is an alias of {@code target}, for {@code ttl} seconds. */
public record CnameRecord(DomainName name, DomainName target, long ttl) {

    public CnameRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Ttl.checked(ttl);
    }

    @Override
    public String toString() {
        return name + " CNAME " + target + " (TTL " + ttl + " s)";
    }
}
