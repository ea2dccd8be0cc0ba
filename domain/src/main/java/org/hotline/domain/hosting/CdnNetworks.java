package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hosting.address.DomainName;

/**
 * The content-delivery and reverse-proxy networks a trace recognises: by the autonomous systems that route their
 * addresses, and by the domains their aliases live in ({@code cloudfront.net}).
 */
public record CdnNetworks(Map<Asn, String> byAsn, Map<DomainName, String> byDomain) {

    public CdnNetworks {
        Objects.requireNonNull(byAsn, "byAsn");
        Objects.requireNonNull(byDomain, "byDomain");
        if (byAsn.values().appendAll(byDomain.values()).exists(String::isBlank)) {
            throw new IllegalArgumentException("every network has a name");
        }
    }

    /** No network known. */
    public static CdnNetworks none() {
        return new CdnNetworks(LinkedHashMap.empty(), LinkedHashMap.empty());
    }

    /** These networks and the others; where both name the same system or domain, the other's name counts. */
    public CdnNetworks and(CdnNetworks others) {
        return new CdnNetworks(byAsn.merge(others.byAsn, (mine, theirs) -> theirs),
                byDomain.merge(others.byDomain, (mine, theirs) -> theirs));
    }

    /** How many systems and domains are known. */
    public int size() {
        return byAsn.size() + byDomain.size();
    }

    /**
     * The network an address belongs to: by the system that routes it, or else by the first of the names passed
     * on the way to it (the host and its CNAME targets) that lies in a network's domain.
     */
    public Option<CdnMatch> match(Option<Asn> asn, Seq<DomainName> aliases) {
        Option<CdnMatch> byRoute = asn.flatMap(a -> byAsn.get(a).map(network -> new CdnMatch.ByAsn(network, a)));
        return byRoute.orElse(() -> aliases.toStream()
                .flatMap(alias -> domainOf(alias).map(network -> (CdnMatch) new CdnMatch.ByAlias(network, alias)))
                .headOption());
    }

    private Option<String> domainOf(DomainName name) {
        Option<DomainName> candidate = Option.some(name);
        while (candidate.isDefined()) {
            Option<String> network = byDomain.get(candidate.get());
            if (network.isDefined()) {
                return network;
            }
            candidate = candidate.get().parent();
        }
        return Option.none();
    }
}
