package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.hostcontacts.ContactId;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.hostcontacts.ContactScope;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.hostcontacts.RegisteredContact;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.TestNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact registry over the real database: one contact per scope and role, every source kept as it was. */
class PostgresAbuseContactsTest {

    private static final Instant LEARNT = Instant.parse("2026-11-30T10:15:30Z");
    private static final ContactScope AS64500 = ContactScope.asn(new Asn(64500));
    private static final ContactScope EXAMPLE_ORG = ContactScope.parse("domain", "Example.ORG").get();

    private PostgresAbuseContacts contacts;

    @BeforeEach
    void empty() {
        Database database = TestDatabase.empty();
        database.asOwner().useHandle(handle -> handle.execute("truncate abuse_contact"));
        contacts = new PostgresAbuseContacts(database);
    }

    @Test
    void each_source_comes_back_as_it_was_stored() {
        var staff = entry(AS64500, contact("Example Hosting Ltd", ContactRole.HOSTING_PROVIDER,
                new ContactSource.EnteredByStaff(new StaffId(UUID.randomUUID()), LEARNT)));
        var imported = entry(EXAMPLE_ORG, contact("Example Registrar", ContactRole.REGISTRAR,
                new ContactSource.Imported("contacts.csv", LEARNT)));
        var rdap = entry(EXAMPLE_ORG, contact("Example Owner", ContactRole.SITE_OWNER,
                new ContactSource.Rdap("http://127.0.0.1:1/domain/example.org", Option.some("H-1"), LEARNT)));
        var rdapWithoutHandle = entry(ContactScope.organisation("Example  Hosting   Ltd"), contact("Example Hosting",
                ContactRole.HOSTING_PROVIDER, new ContactSource.Rdap("http://127.0.0.1:1/ip/192.0.2.1", Option.none(), LEARNT)));

        for (RegisteredContact entry : List.of(staff, imported, rdap, rdapWithoutHandle)) {
            assertThat(contacts.add(entry)).isTrue();
            assertThat(contacts.find(entry.id())).contains(entry);
        }
        assertThat(contacts.all()).containsExactly(staff, rdapWithoutHandle, rdap, imported);
    }

    @Test
    void a_scope_has_one_contact_per_role_whatever_the_case_it_is_written_in() {
        var first = entry(EXAMPLE_ORG, TestNotices.aRegistrar());
        var again = entry(ContactScope.parse("domain", "example.org").get(), TestNotices.aRegistrar());
        var owner = entry(EXAMPLE_ORG, TestNotices.aSiteOwner());

        assertThat(contacts.add(first)).isTrue();
        assertThat(contacts.add(again)).isFalse();
        assertThat(contacts.add(owner)).isTrue();
        assertThat(contacts.change(new RegisteredContact(owner.id(), EXAMPLE_ORG, TestNotices.aRegistrar()))).isFalse();
        assertThat(contacts.all()).containsExactly(owner, first);
    }

    @Test
    void a_change_replaces_the_entry_and_an_unknown_one_changes_nothing() {
        var entry = entry(AS64500, TestNotices.aHostingProvider());
        contacts.add(entry);
        var changed = new RegisteredContact(entry.id(), ContactScope.asn(new Asn(64501)), TestNotices.contact("Renamed",
                ContactRole.HOSTING_PROVIDER, "noc@hosting.example", "abuse@hosting.example"));

        assertThat(contacts.change(changed)).isTrue();
        assertThat(contacts.change(new RegisteredContact(new ContactId(UUID.randomUUID()), AS64500,
                TestNotices.aHostingProvider()))).isFalse();
        assertThat(contacts.all()).containsExactly(changed);
    }

    @Test
    void scopes_are_found_by_kind_and_value_and_put_replaces_by_scope_and_role_keeping_the_identifier() {
        var hosting = entry(AS64500, TestNotices.aHostingProvider());
        var registrar = entry(EXAMPLE_ORG, TestNotices.aRegistrar());
        contacts.add(hosting);
        contacts.add(registrar);
        var replacement = entry(ContactScope.parse("domain", "EXAMPLE.org").get(), TestNotices.contact("New Registrar",
                ContactRole.REGISTRAR, "abuse@new-registrar.example"));
        var added = entry(ContactScope.asn(new Asn(64502)), TestNotices.aHostingProvider());

        assertThat(contacts.put(List.of(replacement, added))).isEqualTo(1);

        assertThat(contacts.ofScopes(List.of(EXAMPLE_ORG, ContactScope.domain(
                org.hotline.domain.hosting.address.DomainName.parse("other.example").get()))))
                .containsExactly(new RegisteredContact(registrar.id(), EXAMPLE_ORG, replacement.contact()));
        assertThat(contacts.ofScopes(List.of(ContactScope.organisation("AS64500")))).isEmpty();
        assertThat(contacts.all()).hasSize(3);
    }

    private static RegisteredContact entry(ContactScope scope, AbuseContact contact) {
        return new RegisteredContact(new ContactId(UUID.randomUUID()), scope, contact);
    }

    private static AbuseContact contact(String name, ContactRole role, ContactSource source) {
        return new AbuseContact(name, List.of(EmailAddress.of("abuse@" + role.name().toLowerCase().replace('_', '-')
                + ".example"), EmailAddress.of("second@contact.example")), role, source);
    }
}
