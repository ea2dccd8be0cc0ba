package org.hotline.domain.hosting.dns;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;

/**
 * The name servers of the zone a host name belongs to (whoever runs them controls where the name points), how the
 * question ended, and which resolver answered.
 */
public record NameServers(Option<DomainName> zone, Seq<NameServerRecord> servers, Option<String> resolver,
        DnsOutcome outcome) {

    public NameServers {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(servers, "servers");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(outcome, "outcome");
        if (servers.nonEmpty() != (outcome instanceof DnsOutcome.Complete && zone.isDefined())) {
            throw new IllegalArgumentException("name servers are complete exactly when a zone and its servers are known");
        }
    }

    /** The servers of a zone. */
    public static NameServers of(DomainName zone, Seq<NameServerRecord> servers, String resolver) {
        return new NameServers(Option.some(zone), servers, Option.some(resolver), new DnsOutcome.Complete());
    }

    /** No servers found: how the question ended. */
    public static NameServers none(Option<String> resolver, DnsOutcome outcome) {
        return new NameServers(Option.none(), List.empty(), resolver, outcome);
    }
}
