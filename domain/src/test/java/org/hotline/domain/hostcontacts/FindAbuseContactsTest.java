package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.testing.InMemoryAbuseContacts;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestNotices;
import org.junit.jupiter.api.Test;

class FindAbuseContactsTest {

    private static final Instant LEARNT = Instant.parse("2026-11-30T12:00:00Z");
    private static final ContentHost HOST = new ContentHost(DomainName.parse("files.example.org").toOption(),
            IpAddress.parse("192.0.2.10").toOption(), Option.some(new Asn(64500)), Option.some("Example Hosting Ltd"),
            CountryCode.parse("NL"));

    private final InMemoryAbuseContacts registry = new InMemoryAbuseContacts();
    private final java.util.List<String> asked = new ArrayList<>();

    @Test
    void the_registry_gives_each_role_staff_before_rdap_and_the_as_number_before_a_domain() {
        register(ContactScope.domain(DomainName.parse("example.org").get()), TestNotices.contact("Domain Host",
                ContactRole.HOSTING_PROVIDER, "abuse@domain-host.example"));
        register(ContactScope.asn(new Asn(64500)), rdapContact("RDAP Host", ContactRole.HOSTING_PROVIDER));
        register(ContactScope.organisation("example hosting ltd"), TestNotices.aHostingProvider());
        register(ContactScope.domain(DomainName.parse("example.org").get()), TestNotices.aRegistrar());
        register(ContactScope.domain(DomainName.parse("files.example.org").get()), TestNotices.aSiteOwner());

        var found = find(rdapAnswering(List.empty())).pathFor(HOST);

        assertThat(found.path().contacts()).containsExactly(TestNotices.aHostingProvider(), TestNotices.aSiteOwner(),
                TestNotices.aRegistrar());
        assertThat(found.path().after(ContactRole.HOSTING_PROVIDER)).contains(TestNotices.aSiteOwner());
        assertThat(found.path().after(ContactRole.REGISTRAR)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void rdap_fills_the_missing_roles_asking_the_registered_domain_first_and_its_findings_are_kept() {
        var network = rdapContact("Found Host", ContactRole.HOSTING_PROVIDER);
        var registrar = rdapContact("Found Registrar", ContactRole.REGISTRAR);
        DiscoverContacts rdap = new DiscoverContacts() {
            public Either<String, Seq<AbuseContact>> ofAddress(IpAddress address) {
                asked.add("ip " + address);
                return Either.right(List.of(network));
            }

            public Either<String, Seq<AbuseContact>> ofAsn(Asn asn) {
                asked.add("asn " + asn);
                return Either.right(List.empty());
            }

            public Either<String, Seq<AbuseContact>> ofDomain(DomainName domain) {
                asked.add("domain " + domain.value());
                return Either.right(domain.value().equals("example.org") ? List.of(registrar) : List.empty());
            }
        };

        var found = find(rdap).pathFor(HOST);

        assertThat(found.path().contacts()).containsExactly(network, registrar);
        assertThat(asked).containsExactly("ip 192.0.2.10", "domain example.org");
        assertThat(registry.all().map(entry -> entry.scope() + " " + entry.role())).containsExactly(
                "asn AS64500 HOSTING_PROVIDER", "domain example.org REGISTRAR");
        assertThat(registry.all()).allMatch(entry -> !entry.givenByStaff());
    }

    @Test
    void what_rdap_could_not_answer_is_said() {
        var found = find(new DiscoverContacts() {
            public Either<String, Seq<AbuseContact>> ofAddress(IpAddress address) {
                return Either.left("registry unreachable");
            }

            public Either<String, Seq<AbuseContact>> ofAsn(Asn asn) {
                return Either.left("never asked");
            }

            public Either<String, Seq<AbuseContact>> ofDomain(DomainName domain) {
                return Either.left("domain registry unreachable");
            }
        }).pathFor(HOST);

        assertThat(found.path().isEmpty()).isTrue();
        assertThat(found.problems()).containsExactly("registry unreachable", "domain registry unreachable");
        assertThat(HOST.describe()).isEqualTo("files.example.org (192.0.2.10, AS64500, Example Hosting Ltd)");
    }

    private FindAbuseContacts find(DiscoverContacts rdap) {
        return new FindAbuseContacts(registry, rdap, new SequentialIdentities());
    }

    private DiscoverContacts rdapAnswering(Seq<AbuseContact> contacts) {
        return new DiscoverContacts() {
            public Either<String, Seq<AbuseContact>> ofAddress(IpAddress address) {
                asked.add("ip");
                return Either.right(contacts);
            }

            public Either<String, Seq<AbuseContact>> ofAsn(Asn asn) {
                asked.add("asn");
                return Either.right(contacts);
            }

            public Either<String, Seq<AbuseContact>> ofDomain(DomainName domain) {
                asked.add("domain");
                return Either.right(contacts);
            }
        };
    }

    private void register(ContactScope scope, AbuseContact contact) {
        registry.add(new RegisteredContact(new ContactId(UUID.randomUUID()), scope, contact));
    }

    private static AbuseContact rdapContact(String name, ContactRole role) {
        return new AbuseContact(name, List.of(EmailAddress.of("abuse@" + role.name().toLowerCase().replace('_', '-')
                + ".example")), role, new ContactSource.Rdap("http://127.0.0.1/rdap", Option.none(), LEARNT));
    }
}
