package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Identities;
import org.hotline.domain.hosting.address.DomainName;

/**
 * Finds the escalation path for a host: for each role the registry's contact (staff's before one found through RDAP;
 * the AS number's before the organisation's before a domain's, the most specific domain first), else what RDAP finds:
 * the abuse contact of the address's network (or of its autonomous system) as the hosting provider, and the domain's
 * registrar and registrant, asking for the domain and then each parent down to two labels until a registry knows it.
 * What RDAP finds is kept in the registry (under the AS number, else the organisation, for a network's contact; under
 * the domain asked for the others), marked as found through RDAP, so that the next case finds it there and staff can
 * override it; it never replaces an entry.
 */
public final class FindAbuseContacts {

    private final AbuseContacts registry;
    private final DiscoverContacts rdap;
    private final Identities identities;

    public FindAbuseContacts(AbuseContacts registry, DiscoverContacts rdap, Identities identities) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.rdap = Objects.requireNonNull(rdap, "rdap");
        this.identities = Objects.requireNonNull(identities, "identities");
    }

    /** The path for the host, and what could not be asked (RDAP unreachable, say), in words. */
    public record Found(EscalationPath path, Seq<String> problems) {
    }

    public Found pathFor(ContentHost host) {
        List<ContactScope> scopes = scopes(host);
        Seq<RegisteredContact> registered = registry.ofScopes(scopes)
                .sortBy(entry -> (entry.givenByStaff() ? 0 : 1000) + scopes.indexOf(sameAs(scopes, entry.scope())));
        List<AbuseContact> path = List.of(ContactRole.values())
                .flatMap(role -> registered.find(entry -> entry.role() == role).map(RegisteredContact::contact));
        List<String> problems = List.empty();
        if (!path.exists(contact -> contact.role() == ContactRole.HOSTING_PROVIDER)) {
            var network = network(host);
            path = path.appendAll(network.getOrElse(List.empty()).take(1));
            problems = problems.appendAll(network.swap().toList());
        }
        boolean domainRolesMissing = !path.exists(contact -> contact.role() == ContactRole.REGISTRAR)
                || !path.exists(contact -> contact.role() == ContactRole.SITE_OWNER);
        if (domainRolesMissing && host.domain().isDefined()) {
            var domain = domain(host.domain().get());
            List<AbuseContact> known = path;
            path = path.appendAll(domain.getOrElse(List.empty())
                    .filter(found -> !known.exists(contact -> contact.role() == found.role())));
            problems = problems.appendAll(domain.swap().toList());
        }
        return new Found(new EscalationPath(path), problems);
    }

    /** The network's abuse contact through RDAP, kept under the AS number or the organisation. */
    private Either<String, Seq<AbuseContact>> network(ContentHost host) {
        Either<String, Seq<AbuseContact>> found = host.address().map(rdap::ofAddress)
                .orElse(() -> host.asn().map(rdap::ofAsn))
                .getOrElse(Either.right(List.empty()));
        Option<ContactScope> scope = host.asn().map(ContactScope::asn)
                .orElse(() -> host.organisation().flatMap(name -> ContactScope.parse("organisation", name).toOption()));
        found.forEach(contacts -> scope.forEach(where -> contacts.headOption().forEach(contact -> keep(where, contact))));
        return found;
    }

    /** The registrar and registrant through RDAP, for the domain or the first parent a registry knows. */
    private Either<String, Seq<AbuseContact>> domain(DomainName host) {
        for (ContactScope asked : ContactScope.coveringDomain(host).reverse()) {
            Either<String, Seq<AbuseContact>> found = rdap.ofDomain(DomainName.parse(asked.value()).get());
            if (found.isLeft() || found.get().nonEmpty()) {
                found.forEach(contacts -> contacts.forEach(contact -> keep(asked, contact)));
                return found;
            }
        }
        return Either.right(List.empty());
    }

    private void keep(ContactScope scope, AbuseContact contact) {
        registry.add(new RegisteredContact(new ContactId(identities.next()), scope, contact));
    }

    /** The scopes a host's contacts may be registered under, the most specific first. */
    static List<ContactScope> scopes(ContentHost host) {
        return host.asn().map(ContactScope::asn).toList()
                .appendAll(host.organisation().flatMap(name -> ContactScope.parse("organisation", name).toOption()))
                .appendAll(host.domain().map(ContactScope::coveringDomain).getOrElse(List.empty()));
    }

    private static ContactScope sameAs(List<ContactScope> scopes, ContactScope scope) {
        return scopes.find(s -> s.kind() == scope.kind() && s.key().equals(scope.key())).getOrElse(scope);
    }
}
