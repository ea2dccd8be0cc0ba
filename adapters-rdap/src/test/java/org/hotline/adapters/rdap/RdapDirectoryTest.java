package org.hotline.adapters.rdap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.vavr.control.Option;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RDAP over a loopback server the test starts, which serves the bootstrap files (naming itself as the registry) and
 * the registry's answers: nested and top-level abuse entities, a domain's registrar and registrant, nothing known,
 * a failing registry; the bootstrap read from a directory too, and kept for a day.
 */
class RdapDirectoryTest {

    @TempDir
    Path directory;

    private final FixedClock clock = FixedClock.at("2026-11-30T20:00:00Z");
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger bootstrapReads = new AtomicInteger();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/bootstrap/")) {
                bootstrapReads.incrementAndGet();
            }
            String body = answers.get(path);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            int status = body == null ? 404 : body.equals("FAIL") ? 500 : 200;
            exchange.getResponseHeaders().add("Content-Type", "application/rdap+json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String registry = "[\"" + base + "/rdap/\"]";
        answers.put("/bootstrap/ipv4.json", services("[\"192.0.2.0/24\"]", "[\"http://127.0.0.1:9/elsewhere/\"]")
                .replace("]]}", "], [[\"192.0.2.0/25\"], " + registry + "]]}"));
        answers.put("/bootstrap/ipv6.json", services("[\"2001:db8::/32\"]", registry));
        answers.put("/bootstrap/asn.json", services("[\"64496-64511\", \"65551\"]", registry));
        answers.put("/bootstrap/dns.json", services("[\"org\", \"test\"]", registry));
        answers.put("/rdap/ip/192.0.2.10", """
                {"objectClassName": "ip network", "handle": "NET-192-0-2-0-1", "name": "EXAMPLE-NET",
                 "entities": [
                   {"objectClassName": "entity", "handle": "EXH-1", "roles": ["registrant"],
                    "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Example Hosting Ltd"]]],
                    "entities": [
                      {"objectClassName": "entity", "handle": "ABUSE-1", "roles": ["abuse"],
                       "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Abuse desk"],
                         ["email", {}, "text", "abuse@hosting.example"], ["email", {"type": "work"}, "text", "ABUSE@Hosting.example"]]]}
                    ]},
                   {"objectClassName": "entity", "handle": "TECH-1", "roles": ["technical"],
                    "vcardArray": ["vcard", [["fn", {}, "text", "Tech"], ["email", {}, "text", "noc@hosting.example"]]]}
                 ]}""");
        answers.put("/rdap/ip/2001:db8::1", """
                {"objectClassName": "ip network", "name": "EXAMPLE-V6",
                 "entities": [{"roles": ["abuse"], "vcardArray": ["vcard", [["email", {}, "text", "v6-abuse@hosting.example"]]]}]}""");
        answers.put("/rdap/autnum/64500", """
                {"objectClassName": "autnum", "handle": "AS64500", "name": "EXAMPLE-AS",
                 "entities": [{"handle": "AR-1", "roles": ["abuse", "technical"],
                   "vcardArray": ["vcard", [["fn", {}, "text", "Example Network Abuse"], ["email", {}, "text", "mailto:abuse@network.example"]]]}]}""");
        answers.put("/rdap/domain/example.org", """
                {"objectClassName": "domain", "ldhName": "example.org",
                 "entities": [
                   {"roles": ["registrar"], "handle": "292",
                    "vcardArray": ["vcard", [["fn", {}, "text", "Example Registrar, Inc."]]],
                    "entities": [{"roles": ["abuse"], "vcardArray": ["vcard", [["fn", {}, "text", ""],
                        ["email", {}, "text", "abuse@registrar.example"]]]}]},
                   {"roles": ["registrant"], "vcardArray": ["vcard", [["fn", {}, "text", "REDACTED FOR PRIVACY"]]]}
                 ]}""");
        answers.put("/rdap/domain/site.test", """
                {"objectClassName": "domain", "ldhName": "site.test",
                 "entities": [{"roles": ["registrant"], "handle": "OWNER-1",
                   "vcardArray": ["vcard", [["org", {}, "text", "Example Site Owner"], ["email", {}, "text", "owner@site.example"]]]}]}""");
        answers.put("/rdap/domain/broken.test", "FAIL");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void an_address_finds_its_networks_abuse_contact_nested_under_the_registrant() {
        var found = directory(base + "/bootstrap/").ofAddress(IpAddress.parse("192.0.2.10").get()).get().single();

        assertThat(found.name()).isEqualTo("Example Hosting Ltd");
        assertThat(found.role()).isEqualTo(ContactRole.HOSTING_PROVIDER);
        assertThat(found.emails()).containsExactly(EmailAddress.of("abuse@hosting.example"));
        assertThat(found.source()).isEqualTo(new ContactSource.Rdap(base + "/rdap/ip/192.0.2.10", Option.some("ABUSE-1"),
                clock.instant()));
        var v6 = directory(base + "/bootstrap").ofAddress(IpAddress.parse("2001:db8::1").get()).get().single();
        assertThat(v6.name()).as("no registrant: the network's name").isEqualTo("EXAMPLE-V6");
    }

    @Test
    void an_autonomous_system_finds_a_top_level_abuse_entity() {
        AbuseContact found = directory(base + "/bootstrap/").ofAsn(new Asn(64500)).get().single();

        assertThat(found.name()).isEqualTo("Example Network Abuse");
        assertThat(found.emails()).containsExactly(EmailAddress.of("abuse@network.example"));
        assertThat(directory(base + "/bootstrap/").ofAsn(new Asn(64512)).get()).as("no registry for it").isEmpty();
    }

    @Test
    void a_domain_finds_its_registrars_abuse_contact_and_a_registrant_that_shows_an_address() {
        var rdap = directory(base + "/bootstrap/");

        var registrar = rdap.ofDomain(DomainName.parse("example.org").get()).get().single();
        assertThat(registrar.name()).isEqualTo("Example Registrar, Inc.");
        assertThat(registrar.role()).isEqualTo(ContactRole.REGISTRAR);
        assertThat(registrar.emails()).containsExactly(EmailAddress.of("abuse@registrar.example"));
        var owner = rdap.ofDomain(DomainName.parse("site.test").get()).get().single();
        assertThat(owner.role()).isEqualTo(ContactRole.SITE_OWNER);
        assertThat(owner.name()).isEqualTo("Example Site Owner");
    }

    @Test
    void nothing_known_is_no_contact_and_a_failing_registry_is_said_on_the_left() {
        var rdap = directory(base + "/bootstrap/");

        assertThat(rdap.ofDomain(DomainName.parse("unknown.test").get()).get()).isEmpty();
        assertThat(rdap.ofDomain(DomainName.parse("example.invalid").get()).get()).as("no registry for .invalid").isEmpty();
        assertThat(rdap.ofAddress(IpAddress.parse("198.51.100.1").get()).get()).isEmpty();
        assertThat(rdap.ofDomain(DomainName.parse("broken.test").get()).getLeft()).contains("/rdap/domain/broken.test",
                "500");
        assertThat(directory(base + "/missing/").ofAsn(new Asn(64500)).getLeft()).contains("ipv4.json", "404");
    }

    @Test
    void the_bootstrap_is_read_from_a_directory_and_kept_for_a_day() throws IOException {
        for (String file : new String[] {"ipv4.json", "ipv6.json", "asn.json", "dns.json"}) {
            Files.writeString(directory.resolve(file), answers.get("/bootstrap/" + file));
        }
        var fromFiles = directory(directory.toString());
        assertThat(fromFiles.ofAsn(new Asn(64500)).get()).hasSize(1);

        var fromWeb = directory(base + "/bootstrap/");
        fromWeb.ofAsn(new Asn(64500));
        fromWeb.ofAsn(new Asn(64500));
        assertThat(bootstrapReads.get()).isEqualTo(4);
        clock.advance(Duration.ofDays(1));
        fromWeb.ofAsn(new Asn(64500));
        assertThat(bootstrapReads.get()).isEqualTo(8);
    }

    private RdapDirectory directory(String bootstrap) {
        return new RdapDirectory(new RdapSettings(RdapSettings.location(bootstrap).get(), Duration.ofSeconds(5)), clock);
    }

    private static String services(String entries, String servers) {
        return "{\"version\": \"1.0\", \"services\": [[" + entries + ", " + servers + "]]}";
    }
}
