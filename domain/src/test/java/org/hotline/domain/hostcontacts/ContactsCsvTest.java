package org.hotline.domain.hostcontacts;

import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ContactsCsvTest {

    private static final ContactSource SOURCE = new ContactSource.Imported("contacts.csv", Instant.parse("2026-11-30T12:00:00Z"));

    @Test
    void a_file_is_read_line_by_line_with_quoted_fields_comments_and_several_addresses() {
        String file = """
                \uFEFFScope, Value, Role, Name, Emails\r
                asn,AS64500,hosting_provider,Example Hosting Ltd,abuse@hosting.example\r
                # a comment
                \r
                domain,Example.ORG,REGISTRAR,"Example Registrar, Inc. ""the registrar""\",abuse@registrar.example; legal@registrar.example
                organisation,"Example  Hosting",site-owner,Owner,owner@site.example owner@site.example
                """;

        var lines = ContactsCsv.read(file, SOURCE).get();

        assertThat(lines.map(ContactsCsv.Line::number)).containsExactly(2, 5, 6);
        assertThat(lines.get(0).scope()).isEqualTo(ContactScope.parse("asn", "AS64500").get());
        assertThat(lines.get(1).contact().name()).isEqualTo("Example Registrar, Inc. \"the registrar\"");
        assertThat(lines.get(1).contact().emails().map(EmailAddress::value))
                .containsExactly("abuse@registrar.example", "legal@registrar.example");
        assertThat(lines.get(1).scope().value()).isEqualTo("example.org");
        assertThat(lines.get(2).contact().role()).isEqualTo(ContactRole.SITE_OWNER);
        assertThat(lines.get(2).contact().emails()).hasSize(1);
        assertThat(lines.get(2).contact().source()).isEqualTo(SOURCE);
    }

    @Test
    void the_first_bad_line_is_named_with_why_and_nothing_is_read() {
        String header = ContactsCsv.HEADER + "\n";
        String good = "asn,AS64500,hosting_provider,Example Hosting,abuse@hosting.example\n";
        assertThat(problem("name,emails\n" + good)).isEqualTo("line 1: the first line names the columns: " + ContactsCsv.HEADER);
        assertThat(problem("")).startsWith("line 1:");
        assertThat(problem(header + good + "asn,AS64500,hosting_provider,Again,abuse@hosting.example\n"))
                .isEqualTo("line 3: the file names a hosting_provider for asn AS64500 twice");
        assertThat(problem(header + good + "asn,AS1,hosting_provider,Name\n")).isEqualTo("line 3: expected 5 fields ("
                + ContactsCsv.HEADER + "), found 4");
        assertThat(problem(header + "asn,AS1,landlord,Name,a@b.example\n")).startsWith("line 2: 'landlord' is not a role");
        assertThat(problem(header + "ip,1,registrar,Name,a@b.example\n")).startsWith("line 2: 'ip' is not a kind of scope");
        assertThat(problem(header + "asn,AS1,registrar,Name,not-an-address\n")).startsWith("line 2: 'not-an-address' is not an e-mail");
        assertThat(problem(header + "asn,AS1,registrar,Name, ; \n")).isEqualTo("line 2: a contact has an e-mail address");
        assertThat(problem(header + "asn,AS1,registrar, ,a@b.example\n")).startsWith("line 2: a contact's name");
        assertThat(problem(header + "asn,AS1,registrar,\"Name,a@b.example\n")).isEqualTo("line 2: a quoted field is not closed");
        assertThat(problem(header + "asn,AS1,registrar,\"Name\"x,a@b.example\n"))
                .isEqualTo("line 2: text follows a quoted field's closing quote");
    }

    @Test
    void a_file_holds_at_most_the_limit_of_contacts() {
        StringBuilder file = new StringBuilder(ContactsCsv.HEADER + "\n");
        for (int i = 0; i <= ContactsCsv.MAX_LINES; i++) {
            file.append("asn,AS").append(i).append(",hosting_provider,Name,a@b.example\n");
        }
        assertThat(problem(file.toString())).isEqualTo("line " + (ContactsCsv.MAX_LINES + 2) + ": a file holds at most "
                + ContactsCsv.MAX_LINES + " contacts");
    }

    private static String problem(String file) {
        return ContactsCsv.read(file, SOURCE).getLeft().toString();
    }
}
