package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotline.adapters.trace.testing.LoopbackDnsServer;
import org.hotline.adapters.trace.testing.TestIpData;
import org.hotline.adapters.web.Visitor;
import org.hotline.domain.audit.AuditRecord;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hosting trace in the whole program under Belgian law: cases assessed illegal are traced by the worker through
 * DNS (a loopback resolver answering for example.org) and IP data files the test writes; the case page shows the
 * trace; settling the country sends a case hosted in the Netherlands (a member hotline's country) to be referred and
 * one hosted in Belgium to takedown, audited; newer IP data is used without a restart.
 */
class HostingTraceEndToEndTest {

    private static final String PASSWORD = "analyst passphrase";

    @TempDir
    Path data;

    private final LoopbackDnsServer dns = LoopbackDnsServer.start()
            .zone("example.org", "ns1.example.org")
            .a("abroad.example.org", "192.0.2.10")
            .aaaa("abroad.example.org", "2001:db8::10")
            .a("home.example.org", "198.51.100.20");

    @AfterEach
    void stop() {
        dns.close();
    }

    private TestIpData ipData(String version) {
        return TestIpData.in(data.resolve("ip")).version(version)
                .country("192.0.2.0/24", "NL").country("2001:db8::/32", "NL").country("198.51.100.0/24", "BE")
                .network("192.0.2.0", "192.0.2.255", 64502, "Dutch Hosting B.V.")
                .network("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", 64502, "Dutch Hosting B.V.")
                .network("198.51.100.0", "198.51.100.255", 64501, "Belgian Hosting NV");
    }

    @Test
    void cases_assessed_illegal_are_traced_shown_and_settled_to_be_referred_abroad_or_taken_down_at_home() {
        ipData("7.7.7").write();
        var configuration = TestConfigurations.embeddedIn(data,
                Map.of("HOTLINE_DNS_SERVERS", "127.0.0.1:" + dns.address().getPort(), "HOTLINE_DNS_TIMEOUT_SECONDS", "5"));
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var staffing = new Staffing(hotline);
            staffing.member(staffing.firstAdministrator(), "alice", PASSWORD, Role.ANALYST);
            Visitor alice = staffing.signedIn("alice", PASSWORD);
            String abroad = illegalCase(staffing, alice, "http://abroad.example.org/gallery");
            String home = illegalCase(staffing, alice, "http://home.example.org/album");

            traced(hotline, alice, abroad, "7.7.7");
            traced(hotline, alice, home, "7.7.7");

            Document page = Jsoup.parse(alice.get("/cases/" + abroad).body());
            assertThat(page.select("#hosting-candidates li").text()).startsWith("NL: abroad.example.org");
            assertThat(page.select("tr.traced-address td.asn").eachText()).containsExactly("AS64502", "AS64502");
            assertThat(page.select("tr.traced-address td.organisation").eachText()).containsOnly("Dutch Hosting B.V.");
            assertThat(page.select("table.dns td").eachText()).contains("192.0.2.10 (TTL 300 s)",
                    "127.0.0.1:" + dns.address().getPort());
            assertThat(page.select("#hosting-data").text()).contains("7.7.7");
            assertThat(page.select("#hosting-credit").text()).contains("CC-BY-4.0");

            assertThat(alice.postForm("/cases/" + abroad + "/hosting", "country", "NL", "reason", "").statusCode())
                    .isEqualTo(303);
            assertThat(alice.postForm("/cases/" + home + "/hosting", "country", "BE", "reason", "").statusCode())
                    .isEqualTo(303);

            assertThat(stateOf(alice, abroad)).isEqualTo("To refer");
            assertThat(stateOf(alice, home)).isEqualTo("In takedown");
            assertThat(settlements(hotline)).containsExactly("case:" + abroad + " TO_REFER to NL",
                    "case:" + home + " IN_TAKEDOWN");
        }
    }

    @Test
    void newer_ip_data_is_used_without_a_restart_and_missing_data_is_said_on_the_page() {
        var configuration = TestConfigurations.embeddedIn(data,
                Map.of("HOTLINE_DNS_SERVERS", "127.0.0.1:" + dns.address().getPort(), "HOTLINE_DNS_TIMEOUT_SECONDS", "5"));
        try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
            var staffing = new Staffing(hotline);
            staffing.member(staffing.firstAdministrator(), "alice", PASSWORD, Role.ANALYST);
            Visitor alice = staffing.signedIn("alice", PASSWORD);
            String abroad = illegalCase(staffing, alice, "http://abroad.example.org/gallery");
            traced(hotline, alice, abroad, "(not loaded)");
            Document without = Jsoup.parse(alice.get("/cases/" + abroad).body());

            ipData("7.7.8").write();
            hotline.refreshIpData();
            alice.get("/cases/" + abroad);
            assertThat(alice.postForm("/cases/" + abroad + "/trace-again").statusCode()).isEqualTo(303);
            traced(hotline, alice, abroad, "7.7.8");
            Document with = Jsoup.parse(alice.get("/cases/" + abroad).body());

            assertThat(without.select("#hosting-data-missing").text()).contains("not loaded", "scripts/fetch-ip-data.sh");
            assertThat(without.select("#hosting-no-country")).hasSize(1);
            assertThat(with.select("#hosting-data-missing")).isEmpty();
            assertThat(with.select("#hosting-data").text()).contains("7.7.8");
            assertThat(with.select("#hosting-candidates li").text()).startsWith("NL: abroad.example.org");
        }
    }

    static String illegalCase(Staffing staffing, Visitor analyst, String url) {
        return illegalCase(staffing, analyst, url, Workbench.BASELINE_ANSWERS);
    }

    /** A report of the address filed, claimed and confirmed with the answers by the analyst; the case's id. */
    static String illegalCase(Staffing staffing, Visitor analyst, String url, Map<String, String> answers) {
        var reporter = staffing.visitor();
        reporter.get("/report");
        assertThat(reporter.postForm("/report", "urls", url, "seen", "IMAGES").statusCode()).isEqualTo(303);
        Document queue = Jsoup.parse(analyst.get("/queue").body());
        String id = queue.select("table.queue tbody tr").stream()
                .filter(row -> row.select("code.address").text().equals(url)).findFirst().orElseThrow().attr("data-case");
        analyst.get("/cases/" + id);
        assertThat(analyst.postForm("/cases/" + id + "/claim").statusCode()).isEqualTo(303);
        analyst.get("/cases/" + id);
        List<String> fields = new ArrayList<>();
        answers.forEach((question, answer) -> {
            fields.add(question);
            fields.add(answer);
        });
        assertThat(analyst.postForm("/cases/" + id + "/confirm", fields.toArray(String[]::new)).statusCode()).isEqualTo(303);
        return id;
    }

    /**
     * Runs rounds until the case page shows a trace made with the data version: the program's own worker may hold
     * the job at the moment the test's round runs, and then finishes it a moment later.
     */
    static void traced(Hotline hotline, Visitor analyst, String caseId, String version) {
        for (int round = 0; round < 60; round++) {
            hotline.traceNow();
            Document page = Jsoup.parse(analyst.get("/cases/" + caseId).body());
            if (page.select("#hosting-waiting").isEmpty() && page.select("#hosting-data").text().contains(version)) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("no trace with data " + version + " for case " + caseId + " after 30 s");
    }

    static String stateOf(Visitor analyst, String caseId) {
        return Jsoup.parse(analyst.get("/cases/" + caseId).body()).select("#case-state").text();
    }

    private static List<String> settlements(Hotline hotline) {
        return hotline.audit().trail().after(0, 1000).map(AuditRecord::entry)
                .filter(entry -> entry.action().equals("case.hosting_settled"))
                .map(entry -> entry.subject() + " " + entry.after().substring(0, entry.after().indexOf(';')))
                .toJavaList();
    }
}
