package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactSource;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Asks the public registries (RDAP) who handles abuse for an address, a network or a domain. Each answers the
 * contacts found, each with its role and an {@link ContactSource.Rdap RDAP source}: the abuse contact of the network
 * an address or autonomous system belongs to (a hosting provider), and for a domain its registrar's abuse contact
 * (the registrar) and the registrant, where the registry shows one (the site owner). Empty when the registry knows
 * nobody; on the left, why the registry could not be asked or answered nonsense.
 */
@SecondaryPort
public interface DiscoverContacts {

    Either<String, Seq<AbuseContact>> ofAddress(IpAddress address);

    Either<String, Seq<AbuseContact>> ofAsn(Asn asn);

    Either<String, Seq<AbuseContact>> ofDomain(DomainName domain);

    /** Asks nobody: for a hotline that does not use RDAP. */
    static DiscoverContacts none() {
        return new DiscoverContacts() {
            @Override
            public Either<String, Seq<AbuseContact>> ofAddress(IpAddress address) {
                return Either.right(io.vavr.collection.List.empty());
            }

            @Override
            public Either<String, Seq<AbuseContact>> ofAsn(Asn asn) {
                return Either.right(io.vavr.collection.List.empty());
            }

            @Override
            public Either<String, Seq<AbuseContact>> ofDomain(DomainName domain) {
                return Either.right(io.vavr.collection.List.empty());
            }
        };
    }
}
