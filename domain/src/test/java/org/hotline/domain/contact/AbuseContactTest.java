package org.hotline.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class AbuseContactTest {

    private static final Instant LEARNT = Instant.parse("2026-02-01T10:00:00Z");
    private static final ContactSource ENTERED = new ContactSource.EnteredByStaff(new StaffId(new UUID(0, 1)), LEARNT);

    @Test
    void a_contact_has_a_name_addresses_a_role_and_a_source() {
        var contact = new AbuseContact("Example Hosting Ltd", List.of(EmailAddress.of("abuse@hosting.example"),
                EmailAddress.of("noc@hosting.example")), ContactRole.HOSTING_PROVIDER, ENTERED);

        assertThat(contact.emails()).hasSize(2);
        assertThat(contact.source().learnt()).isEqualTo(LEARNT);
    }

    @Test
    void a_contact_learnt_anew_keeps_everything_but_its_source() {
        var contact = new AbuseContact("Example Hosting Ltd", List.of(EmailAddress.of("abuse@hosting.example")),
                ContactRole.HOSTING_PROVIDER, ENTERED);
        var rdap = new ContactSource.Rdap("https://rdap.example/ip/192.0.2.1", Option.some("EH-1"), LEARNT.plusSeconds(60));

        var again = contact.from(rdap);

        assertThat(again).isEqualTo(new AbuseContact(contact.name(), contact.emails(), contact.role(), rdap));
    }

    @Test
    void a_contact_without_an_address_a_name_or_with_an_address_twice_is_refused() {
        var one = List.of(EmailAddress.of("abuse@hosting.example"));

        assertThatThrownBy(() -> new AbuseContact("Example", List.empty(), ContactRole.REGISTRAR, ENTERED))
                .hasMessageContaining("1 to 10");
        assertThatThrownBy(() -> new AbuseContact("Example", one.appendAll(one), ContactRole.REGISTRAR, ENTERED))
                .hasMessageContaining("once");
        assertThatThrownBy(() -> new AbuseContact(" ", one, ContactRole.REGISTRAR, ENTERED)).hasMessageContaining("name");
        assertThatThrownBy(() -> new AbuseContact("Two\nlines", one, ContactRole.REGISTRAR, ENTERED)).hasMessageContaining("name");
        assertThatThrownBy(() -> new AbuseContact("x".repeat(201), one, ContactRole.REGISTRAR, ENTERED)).hasMessageContaining("name");
        assertThat(new AbuseContact("x".repeat(200), one, ContactRole.REGISTRAR, ENTERED).name()).hasSize(200);
        var eleven = List.range(0, 11).map(i -> EmailAddress.of("abuse" + i + "@hosting.example"));
        assertThatThrownBy(() -> new AbuseContact("Example", eleven, ContactRole.REGISTRAR, ENTERED)).hasMessageContaining("1 to 10");
        assertThat(new AbuseContact("Example", eleven.take(10), ContactRole.REGISTRAR, ENTERED).emails()).hasSize(10);
    }

    @Test
    void an_import_names_its_origin() {
        assertThatThrownBy(() -> new ContactSource.Imported(" ", LEARNT)).hasMessageContaining("origin");
    }
}
