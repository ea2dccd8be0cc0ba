package org.hotline.domain.hostcontacts;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;

/**
 * Where a piece of content is hosted, as far as the hosting trace tells: the host's name (when it has one), the
 * address it was traced to, and what the IP data says of that address (its autonomous system, the organisation that
 * runs the network, the country). What the contacts of the content are found from.
 */
public record ContentHost(Option<DomainName> domain, Option<IpAddress> address, Option<Asn> asn,
        Option<String> organisation, Option<CountryCode> country) {

    public ContentHost {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(asn, "asn");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(country, "country");
    }

    /** The host in words, for a refusal: {@code files.example.org (192.0.2.10, AS64500)}. */
    public String describe() {
        String name = domain.map(DomainName::value).orElse(address.map(IpAddress::toString)).getOrElse("an unknown host");
        String facts = io.vavr.collection.List.of(domain.isDefined() ? address.map(IpAddress::toString) : Option.<String>none(),
                asn.map(Asn::toString), organisation).flatMap(o -> o).mkString(", ");
        return facts.isEmpty() ? name : name + " (" + facts + ")";
    }
}
