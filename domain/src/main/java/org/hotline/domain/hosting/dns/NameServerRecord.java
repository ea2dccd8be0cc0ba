package org.hotline.domain.hosting.dns;

import java.util.Objects;

import org.hotline.domain.hosting.address.DomainName;

/** An NS record: {@code server} answers for the zone, for {@code ttl} seconds. */
public record NameServerRecord(DomainName server, long ttl) {

    public NameServerRecord {
        Objects.requireNonNull(server, "server");
        Ttl.checked(ttl);
    }

    @Override
    public String toString() {
        return server + " (TTL " + ttl + " s)";
    }
}
