package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotline.domain.CountryCode;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestLaw;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hosting trace on the case page, over real HTTP: what the trace found, settling the country (as traced, or
 * another with a reason), and what the page says when the IP data is missing. DNS and the IP data are in memory; NL
 * has a member hotline, KP none, and the test law's country is XT.
 */
class HostingPagesTest {

    private static final String PASSWORD = "a long passphrase";

    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_analyst_sees_the_trace_with_country_network_organisation_cdn_and_credit_and_settles_it_to_be_referred() {
        server.dns.address("gallery.example", "192.0.2.2", "2001:db8::2").alias("img.gallery.example", "edge.cdn.example")
                .address("edge.cdn.example", "198.51.100.9");
        server.ipData.with("192.0.2.2", "NL", 64502, "Dutch Hosting B.V.").with("2001:db8::2", "NL", 64502, "Dutch Hosting B.V.")
                .cdnDomain("cdn.example", "Example CDN");
        var anna = signedIn("anna", Role.ANALYST);
        String id = anIllegalCase(anna, "http://gallery.example/album");
        server.traceWork.round(10);

        Document page = page(anna.get("/cases/" + id));

        var hosting = page.select("#hosting");
        assertThat(hosting.select("#hosting-candidates li").eachText()).containsExactly("NL: gallery.example (192.0.2.2, 2001:db8::2)");
        assertThat(hosting.select("tr.traced-address td.country").eachText()).containsExactly("NL", "NL");
        assertThat(hosting.select("tr.traced-address td.asn").eachText()).containsExactly("AS64502", "AS64502");
        assertThat(hosting.select("tr.traced-address td.organisation").eachText())
                .containsExactly("Dutch Hosting B.V.", "Dutch Hosting B.V.");
        assertThat(hosting.select("table.dns td").eachText()).contains("A", "192.0.2.2 (TTL 300 s)", "AAAA", "NS");
        assertThat(hosting.select("#hosting-credit").text()).contains("@ip-location-db/asn (CC-BY-4.0)", "RouteViews");
        assertThat(hosting.select("#hosting-data").text()).contains(server.ipData.current().version().countries().toString());
        assertThat(hosting.select("#country").attr("value")).as("the trace's suggestion").isEqualTo("NL");

        var settled = anna.postForm("/cases/" + id + "/hosting", "country", "NL", "reason", "");

        assertThat(settled.statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isEqualTo(new CaseState.ToRefer(server.clock.instant(), new CountryCode("NL")));
        Document after = page(anna.get("/cases/" + id));
        assertThat(after.select("#case-state").text()).isEqualTo("To refer");
        assertThat(after.select("#hosting .settlement h3").text()).startsWith("Hosting country NL (as traced), settled by");
        assertThat(after.select("#hosting .settlement .steps li").eachText()).containsExactly("Refer to the hotline of NL.");
        assertThat(after.select("#hosting form.settle")).as("settled").isEmpty();
    }

    @Test
    void a_cdn_is_flagged_beside_its_address_and_the_analyst_told_the_real_host_is_hidden() {
        server.dns.address("cdn-hosted.example", "198.51.100.7");
        server.ipData.with("198.51.100.7", "US", 13335, "Cloudflare, Inc.").cdnAsn(13335, "Cloudflare");
        var anna = signedIn("anna", Role.ANALYST);
        String id = anIllegalCase(anna, "http://cdn-hosted.example/x");
        server.traceWork.round(10);

        Document page = page(anna.get("/cases/" + id));

        assertThat(page.select("tr.traced-address td.cdn .cdn-network").text()).isEqualTo("Cloudflare (routed by AS13335)");
        assertThat(page.select("#hosting-cautions li").text()).contains("served through Cloudflare, which hides the real host",
                "Cloudflare's abuse process is the way to the host");
        assertThat(page.select("#hosting-candidates li").text()).contains("through Cloudflare");
    }

    @Test
    void another_country_than_the_trace_found_comes_back_without_a_reason_and_is_audited_with_one() {
        server.dns.address("gallery.example", "192.0.2.2");
        server.ipData.with("192.0.2.2", "NL", 64502, "Dutch Hosting B.V.");
        var anna = signedIn("anna", Role.ANALYST);
        String id = anIllegalCase(anna, "http://gallery.example/album");
        server.traceWork.round(10);

        var refused = anna.postForm("/cases/" + id + "/hosting", "country", "KP", "reason", "");
        var wrongCode = anna.postForm("/cases/" + id + "/hosting", "country", "Korea", "reason", "");
        var overridden = anna.postForm("/cases/" + id + "/hosting", "country", "KP", "reason", "The host's notice names KP.");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(page(refused).select(".field-error #reason-error").text()).contains("say why it is KP");
        assertThat(page(refused).select("#country").attr("value")).isEqualTo("KP");
        assertThat(wrongCode.statusCode()).isEqualTo(400);
        assertThat(page(wrongCode).select("#country-error").text()).contains("two-letter");
        assertThat(overridden.statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isEqualTo(new CaseState.ForPolice(server.clock.instant(), new CountryCode("KP")));
        var audited = server.audit.entries().filter(e -> e.action().equals("case.hosting_settled")).single();
        assertThat(audited.after()).contains("OVERRIDDEN: The host's notice names KP.", "FOR_POLICE");
        assertThat(audited.role()).contains(Role.ANALYST);
    }

    @Test
    void without_ip_data_the_page_says_so_and_the_analyst_enters_the_country_with_how_they_know() {
        server.dns.address("gallery.example", "192.0.2.2");
        server.ipData.withoutCountries();
        var anna = signedIn("anna", Role.ANALYST);
        String id = anIllegalCase(anna, "http://gallery.example/album");
        server.traceWork.round(10);

        Document page = page(anna.get("/cases/" + id));
        var entered = anna.postForm("/cases/" + id + "/hosting", "country", "XT", "reason", "The provider's abuse desk said so.");

        assertThat(page.select("#hosting-data-missing").text()).contains("not loaded", "scripts/fetch-ip-data.sh");
        assertThat(page.select("#hosting-cautions li").text()).contains("The country data is not loaded");
        assertThat(page.select("#hosting-no-country")).hasSize(1);
        assertThat(entered.statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isInstanceOf(CaseState.InTakedown.class);
    }

    @Test
    void a_trace_waiting_is_shown_and_tracing_again_is_refused_while_it_waits() {
        server.dns.address("gallery.example", "192.0.2.2");
        var anna = signedIn("anna", Role.ANALYST);
        String id = anIllegalCase(anna, "http://gallery.example/album");
        server.traceWork.requestUntraced(10);

        Document waiting = page(anna.get("/cases/" + id));
        var again = anna.postForm("/cases/" + id + "/trace-again");

        assertThat(waiting.select("#hosting-waiting").text()).contains("by the program, after the assessment");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(page(again).select("#hosting")).hasSize(1);
        server.traceWork.round(10);
        assertThat(anna.postForm("/cases/" + id + "/trace-again").statusCode()).isEqualTo(303);
        assertThat(server.audit.entries().filter(e -> e.action().equals("hosting.trace_requested"))).hasSize(1);
    }

    @Test
    void settled_cases_are_listed_to_refer_or_for_the_police_by_their_hosting_country() {
        server.dns.address("gallery.example", "192.0.2.2").address("far.example", "192.0.2.3");
        server.ipData.with("192.0.2.2", "NL", 64502, "Dutch Hosting B.V.").with("192.0.2.3", "KP", 64503, "Far Away");
        var anna = signedIn("anna", Role.ANALYST);
        String referred = anIllegalCase(anna, "http://gallery.example/album");
        String police = anIllegalCase(anna, "http://far.example/x");
        server.traceWork.round(10);
        anna.get("/cases/" + referred);
        anna.postForm("/cases/" + referred + "/hosting", "country", "NL", "reason", "");
        anna.postForm("/cases/" + police + "/hosting", "country", "KP", "reason", "");

        Document toRefer = page(anna.get("/queue/to-refer"));
        Document forPolice = page(anna.get("/queue/for-police"));

        assertThat(toRefer.select("table.queue tbody tr").eachAttr("data-case")).containsExactly(referred);
        assertThat(toRefer.select("#waiting").text()).startsWith("One case waits to be referred");
        assertThat(forPolice.select("table.queue tbody tr").eachAttr("data-case")).containsExactly(police);
        assertThat(forPolice.select("nav.lists a").eachText()).contains("To refer", "For the police");
        assertThat(page(anna.get("/queue/hosting-trace")).select("table.queue tbody tr")).isEmpty();
    }

    @Test
    void a_case_not_assessed_has_no_hosting_section_and_a_legal_adviser_cannot_settle() {
        var anna = signedIn("anna", Role.ANALYST);
        String id = aCase("http://gallery.example/new");
        var lena = signedIn("lena", Role.LEGAL_ADVISER);

        assertThat(page(anna.get("/cases/" + id)).select("#hosting")).isEmpty();
        assertThat(lena.postForm("/cases/" + id + "/hosting", "country", "NL", "reason", "x").statusCode()).isEqualTo(403);
    }

    private String aCase(String url) {
        assertThat(server.postForm("/report", "urls", url, "seen", "IMAGES").statusCode()).isEqualTo(303);
        return server.store.openCaseOf(ReportedUrl.parse(url).get()).get().id().toString();
    }

    private String anIllegalCase(Visitor analyst, String url) {
        String id = aCase(url);
        analyst.postForm("/cases/" + id + "/claim");
        assertThat(analyst.postForm("/cases/" + id + "/confirm", fields(TestLaw.illegal())).statusCode()).isEqualTo(303);
        assertThat(stateOf(id)).isInstanceOf(CaseState.AwaitingHostingTrace.class);
        return id;
    }

    private CaseState stateOf(String id) {
        return server.store.byId(CaseId.parse(id).get()).get().state();
    }

    private Visitor signedIn(String username, Role... roles) {
        return server.signedIn(username, PASSWORD, roles);
    }

    private static String[] fields(Map<String, String> answers) {
        List<String> fields = new ArrayList<>();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            fields.add(e.getKey());
            fields.add(e.getValue());
        });
        return fields.toArray(String[]::new);
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
