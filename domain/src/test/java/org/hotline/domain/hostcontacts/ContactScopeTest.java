package org.hotline.domain.hostcontacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.junit.jupiter.api.Test;

class ContactScopeTest {

    @Test
    void scopes_are_read_in_their_canonical_spelling() {
        assertThat(ContactScope.parse(" ASN ", "as64500").get()).isEqualTo(ContactScope.asn(new Asn(64500)));
        assertThat(ContactScope.parse("domain", "Example.ORG.").get().value()).isEqualTo("example.org");
        assertThat(ContactScope.parse("Organization", "  Example \t Hosting  Ltd ").get())
                .isEqualTo(new ContactScope(ContactScope.Kind.ORGANISATION, "Example Hosting Ltd"));
        assertThat(ContactScope.organisation("Example HOSTING Ltd").key()).isEqualTo("example hosting ltd");
        assertThat(ContactScope.asn(new Asn(64500))).hasToString("asn AS64500");
    }

    @Test
    void what_is_not_a_scope_is_refused_saying_why() {
        assertThat(ContactScope.parse("network", "192.0.2.0/24").getLeft().code()).isEqualTo("contact.scope_invalid");
        assertThat(ContactScope.parse(null, "x").getLeft().detail()).contains("asn, organisation or domain");
        assertThat(ContactScope.parse("asn", "AS-x").getLeft().code()).isEqualTo("contact.asn_invalid");
        assertThat(ContactScope.parse("domain", "not a domain").getLeft().code()).isEqualTo("contact.domain_invalid");
        assertThat(ContactScope.parse("organisation", " ").getLeft().code()).isEqualTo("contact.organisation_invalid");
        assertThat(ContactScope.parse("organisation", "x".repeat(201)).isLeft()).isTrue();
        assertThat(ContactScope.parse("organisation", "x".repeat(200)).isRight()).isTrue();
        assertThat(ContactScope.parse("organisation", "a\u0007b").isLeft()).isTrue();
        assertThatThrownBy(() -> new ContactScope(ContactScope.Kind.DOMAIN, "Example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactScope(ContactScope.Kind.ASN, "64500")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_host_is_covered_by_its_own_domain_and_each_parent_down_to_two_labels() {
        assertThat(ContactScope.coveringDomain(DomainName.parse("a.files.example.org").get()).map(ContactScope::value))
                .containsExactly("a.files.example.org", "files.example.org", "example.org");
        assertThat(ContactScope.coveringDomain(DomainName.parse("example.org").get()).map(ContactScope::value))
                .containsExactly("example.org");
        assertThat(ContactScope.coveringDomain(DomainName.parse("localhost").get()).map(ContactScope::value))
                .containsExactly("localhost");
    }
}
