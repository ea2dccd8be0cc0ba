package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.collection.Seq;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * A country the trace points to: the hosts and addresses in it, and the content-delivery networks among them
 * (whose country is the network's, not the real host's).
 */
public record CountryCandidate(CountryCode country, Seq<Host> hosts, Seq<IpAddress> addresses, Seq<String> cdnNetworks) {

    public CountryCandidate {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(cdnNetworks, "cdnNetworks");
        if (hosts.isEmpty() || addresses.isEmpty()) {
            throw new IllegalArgumentException("a candidate country has the hosts and addresses that point to it");
        }
    }
}
