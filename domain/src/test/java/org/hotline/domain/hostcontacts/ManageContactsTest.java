package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.vavr.collection.List;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditRecord;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAbuseContacts;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.SequentialIdentities;
import org.junit.jupiter.api.Test;

class ManageContactsTest {

    private static final StaffId ADMIN = new StaffId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final ContactScope AS64500 = ContactScope.asn(new Asn(64500));

    private final InMemoryAbuseContacts contacts = new InMemoryAbuseContacts();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final FixedClock clock = FixedClock.at("2026-11-30T12:00:00Z");
    private final ManageContacts manage = new ManageContacts(contacts, audit, UnitOfWork.none(), clock,
            new SequentialIdentities());

    @Test
    void an_entry_is_added_as_entered_by_staff_and_audited_and_a_second_for_its_scope_and_role_refused() {
        var added = manage.add(entry(AS64500, "Example Hosting", ContactRole.HOSTING_PROVIDER), ADMIN).get();

        assertThat(added.contact().source()).isEqualTo(new ContactSource.EnteredByStaff(ADMIN, clock.instant()));
        assertThat(contacts.all()).containsExactly(added);
        assertThat(actions()).containsExactly("contact.added");
        var again = manage.add(entry(AS64500, "Other", ContactRole.HOSTING_PROVIDER), ADMIN).getLeft();
        assertThat(again.reason()).isEqualTo(ContactRefusal.SCOPE_TAKEN);
        assertThat(again.fields().map(error -> error.field())).containsExactly("value");
        assertThat(manage.add(entry(AS64500, "Registrar", ContactRole.REGISTRAR), ADMIN).isRight()).isTrue();
    }

    @Test
    void a_change_overrides_a_contact_found_through_rdap_and_is_audited_with_before_and_after() {
        var found = new RegisteredContact(new ContactId(UUID.randomUUID()), AS64500, new AbuseContact("From RDAP",
                List.of(EmailAddress.of("abuse@rdap.example")), ContactRole.HOSTING_PROVIDER,
                new ContactSource.Rdap("http://127.0.0.1/ip/192.0.2.1", io.vavr.control.Option.none(), clock.instant())));
        contacts.add(found);

        var changed = manage.change(found.id(), entry(AS64500, "Checked by staff", ContactRole.HOSTING_PROVIDER), ADMIN).get();

        assertThat(changed.givenByStaff()).isTrue();
        assertThat(found.givenByStaff()).isFalse();
        assertThat(manage.find(found.id())).contains(changed);
        var record = audit.after(0, 10).single();
        assertThat(record.entry().action()).isEqualTo("contact.changed");
        assertThat(record.entry().before()).contains("From RDAP");
        assertThat(record.entry().after()).contains("Checked by staff", "abuse@hosting.example");
        assertThat(manage.change(new ContactId(UUID.randomUUID()), entry(AS64500, "x", ContactRole.REGISTRAR), ADMIN)
                .getLeft().reason()).isEqualTo(ContactRefusal.NOT_FOUND);
    }

    @Test
    void an_invalid_name_is_refused_on_its_field() {
        var refused = manage.add(entry(AS64500, " ", ContactRole.SITE_OWNER), ADMIN).getLeft();

        assertThat(refused.reason()).isEqualTo(ContactRefusal.INVALID);
        assertThat(refused.fields().map(error -> error.field())).containsExactly("name");
        assertThat(contacts.all()).isEmpty();
        assertThat(audit.after(0, 10)).isEmpty();
    }

    @Test
    void an_import_replaces_by_scope_and_role_whole_or_not_at_all() {
        manage.add(entry(AS64500, "Old name", ContactRole.HOSTING_PROVIDER), ADMIN);
        String file = ContactsCsv.HEADER + "\nasn,AS64500,hosting_provider,New name,abuse@new.example\n"
                + "domain,example.org,registrar,Registrar,abuse@registrar.example\n";

        var imported = manage.importFile("contacts.csv", file, ADMIN).get();

        assertThat(imported).isEqualTo(new ManageContacts.Imported(2, 1));
        assertThat(imported).hasToString("2 contacts imported, 1 of them replacing an entry");
        assertThat(contacts.all().map(entry -> entry.contact().name())).containsExactly("New name", "Registrar");
        assertThat(contacts.all().head().contact().source()).isEqualTo(new ContactSource.Imported("contacts.csv", clock.instant()));
        assertThat(actions()).containsExactly("contact.added", "contact.imported");

        var refused = manage.importFile("bad.csv", file + "asn,AS1,registrar,Name,bad\n", ADMIN).getLeft();
        assertThat(refused.reason()).isEqualTo(ContactRefusal.IMPORT_REFUSED);
        assertThat(refused.detail()).startsWith("line 4: 'bad' is not an e-mail address");
        assertThat(actions()).hasSize(2);
        assertThat(manage.all()).hasSize(2);
    }

    private List<String> actions() {
        return List.ofAll(audit.after(0, 100)).map(AuditRecord::entry).map(entry -> entry.action());
    }

    private static ManageContacts.Entry entry(ContactScope scope, String name, ContactRole role) {
        return new ManageContacts.Entry(scope, name, List.of(EmailAddress.of("abuse@hosting.example")), role);
    }
}
