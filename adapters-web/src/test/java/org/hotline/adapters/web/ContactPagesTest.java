package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.hostcontacts.RegisteredContact;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The administrators' contact registry page: list, add, change, import, and who may use it. */
class ContactPagesTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private Visitor administrator() {
        server.member("admin", PASSWORD, Role.ADMINISTRATOR);
        var visitor = server.visitor();
        visitor.signIn("admin", PASSWORD);
        return visitor;
    }

    @Test
    void an_administrator_adds_a_contact_and_sees_it_listed() {
        var admin = administrator();
        assertThat(page(admin.get("/admin/contacts").body()).select("#no-contacts")).hasSize(1);

        var added = admin.postForm("/admin/contacts", "scope", "asn", "value", "as64500", "role", "hosting_provider",
                "name", "Example Hosting Ltd", "emails", "abuse@hosting.example; noc@hosting.example");

        assertThat(added.statusCode()).isEqualTo(303);
        RegisteredContact entry = server.contacts.all().single();
        assertThat(entry.scope().value()).isEqualTo("AS64500");
        assertThat(entry.contact().source()).isInstanceOf(ContactSource.EnteredByStaff.class);
        Document listed = page(admin.get("/admin/contacts").body());
        var row = listed.selectFirst("#contact-" + entry.id());
        assertThat(row.select(".contact").text()).contains("Example Hosting Ltd", "abuse@hosting.example, noc@hosting.example");
        assertThat(row.select(".role").text()).isEqualTo("Hosting provider");
        assertThat(listed.select("nav a[href=/admin/contacts]")).hasSize(1);
    }

    @Test
    void a_bad_contact_is_answered_with_each_field_wrong_and_kept_as_typed() {
        var admin = administrator();
        admin.get("/admin/contacts");

        var refused = admin.postForm("/admin/contacts", "scope", "asn", "value", "sixty", "role", "landlord",
                "name", "Example", "emails", "not-an-address");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = page(refused.body());
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#value", "#role", "#emails");
        assertThat(page.selectFirst("#value").val()).isEqualTo("sixty");
        assertThat(server.contacts.all()).isEmpty();
    }

    @Test
    void a_contact_is_changed_on_its_own_form() {
        var admin = administrator();
        admin.get("/admin/contacts");
        admin.postForm("/admin/contacts", "scope", "domain", "value", "example.org", "role", "registrar",
                "name", "Example Registrar", "emails", "abuse@registrar.example");
        RegisteredContact entry = server.contacts.all().single();

        Document form = page(admin.get("/admin/contacts/" + entry.id()).body());
        assertThat(form.selectFirst("#name").val()).isEqualTo("Example Registrar");
        assertThat(form.selectFirst("form[action=/admin/contacts/" + entry.id() + "]")).isNotNull();
        var changed = admin.postForm("/admin/contacts/" + entry.id(), "scope", "domain", "value", "example.org",
                "role", "registrar", "name", "Renamed Registrar", "emails", "legal@registrar.example");

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(server.contacts.all().single().contact().name()).isEqualTo("Renamed Registrar");
        assertThat(admin.get("/admin/contacts/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void a_file_is_imported_whole_or_refused_naming_its_bad_line() {
        var admin = administrator();
        admin.get("/admin/contacts");
        String good = "scope,value,role,name,emails\nasn,AS64500,hosting_provider,Example Hosting,abuse@hosting.example\n";

        var refused = admin.postFile("/admin/contacts/import", "file", "contacts.csv",
                (good + "domain,example.org,registrar,Registrar,nobody\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(page(refused.body()).select("#import-outcome").text()).contains("line 3", "'nobody' is not an e-mail address");
        assertThat(server.contacts.all()).isEmpty();

        var imported = admin.postFile("/admin/contacts/import", "file", "contacts.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(page(imported.body()).select("#import-outcome").text()).contains("1 contacts imported, 0 of them");
        assertThat(server.contacts.all().single().role()).isEqualTo(ContactRole.HOSTING_PROVIDER);

        var notText = admin.postFile("/admin/contacts/import", "file", "contacts.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(page(notText.body()).select("#import-outcome").text()).contains("not UTF-8");
    }

    @Test
    void only_administrators_reach_the_page_and_a_change_needs_the_form_token() {
        server.member("alice", PASSWORD, Role.ANALYST);
        var analyst = server.visitor();
        analyst.signIn("alice", PASSWORD);
        assertThat(analyst.get("/admin/contacts").statusCode()).isEqualTo(403);
        assertThat(analyst.postForm("/admin/contacts", "scope", "asn", "value", "AS1", "role", "registrar",
                "name", "x", "emails", "a@b.example").statusCode()).isEqualTo(403);

        var admin = administrator();
        assertThat(admin.postFormWithoutToken("/admin/contacts", "scope", "asn", "value", "AS1", "role", "registrar",
                "name", "x", "emails", "a@b.example").statusCode()).isEqualTo(403);
        assertThat(server.contacts.all()).isEmpty();
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
