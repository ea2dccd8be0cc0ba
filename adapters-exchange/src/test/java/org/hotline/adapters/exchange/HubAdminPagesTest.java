package org.hotline.adapters.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;

import io.javalin.Javalin;
import io.vavr.collection.List;
import org.hotline.adapters.exchange.client.HubClient;
import org.hotline.adapters.exchange.hub.HubServer;
import org.hotline.domain.Sha256;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.exchange.ExchangeHub;
import org.hotline.domain.exchange.HubDesk;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryHub;
import org.hotline.domain.testing.SequentialTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub administrator's pages over a real HTTP server, signed in the way a browser is, with a cookie. */
class HubAdminPagesTest {

    private static final String ADMIN = "administrator-token-for-the-pages-test";

    private final InMemoryHub store = new InMemoryHub();
    private final HubDesk hub = new ExchangeHub(new ExchangeHub.Ports(store, store, new InMemoryAuditTrail(),
            UnitOfWork.none(), FixedClock.at("2026-03-02T09:00:00Z"), java.util.UUID::randomUUID, new SequentialTokens()));
    private final Javalin server = HubServer.create(hub, new HubServer.Settings(64 * 1024, Optional.of(Sha256.hex(ADMIN))))
            .start("127.0.0.1", 0);
    private final URI base = URI.create("http://127.0.0.1:" + server.port());
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String... fields) throws Exception {
        var form = new ArrayList<String>();
        for (int i = 0; i < fields.length; i += 2) {
            form.add(fields[i] + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return browser.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document signedIn() throws Exception {
        assertThat(post("/hub/sign-in", "token", ADMIN).statusCode()).isEqualTo(303);
        return Jsoup.parse(get("/hub").body());
    }

    private static String formToken(Document page) {
        return page.select("input[name=form_token]").first().attr("value");
    }

    @Test
    void a_visitor_without_the_administrator_token_sees_only_the_sign_in_form() throws Exception {
        hub.enrol("Child Focus", List.of("BE"));

        Document anonymous = Jsoup.parse(get("/hub").body());
        var wrong = post("/hub/sign-in", "token", "not-the-administrator-token");
        var change = post("/hub/members", "name", "Intruder", "countries", "FR", "form_token", "guess");

        assertThat(anonymous.select("form[action=/hub/sign-in] input[type=password]")).hasSize(1);
        assertThat(anonymous.text()).doesNotContain("Child Focus");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(wrong.body()).select(".error").text()).isEqualTo("This is not the hub's administrator token.");
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(change.statusCode()).isEqualTo(401);
        assertThat(hub.members().map(standing -> standing.member().name())).containsExactly("Child Focus");
    }

    @Test
    void the_administrator_sees_the_members_and_their_traffic_and_enrols_one_whose_token_is_shown_once() throws Exception {
        hub.enrol("Child Focus", List.of("BE"));
        Document page = signedIn();

        assertThat(page.select("table.members tbody tr th").eachText()).containsExactly("Child Focus");
        var enrolled = post("/hub/members", "name", "IWF <UK>", "countries", "gb", "form_token", formToken(page));
        Document shown = Jsoup.parse(enrolled.body());
        String token = shown.select("code.token").text();

        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(enrolled.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(enrolled.headers().firstValue("Content-Security-Policy").get()).contains("default-src 'none'");
        assertThat(enrolled.body()).contains("IWF &lt;UK&gt;").doesNotContain("IWF <UK>");
        assertThat(shown.select("table.members tbody tr th").eachText()).containsExactly("Child Focus", "IWF <UK>");
        assertThat(new HubClient(base, token).fetch(10)).isEmpty();
        assertThat(Jsoup.parse(get("/hub").body()).text()).as("shown once").doesNotContain(token);
    }

    @Test
    void a_change_without_the_sessions_form_token_changes_nothing() throws Exception {
        signedIn();

        var forged = post("/hub/members", "name", "Forged", "countries", "FR", "form_token", "not-the-form-token");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(hub.members()).isEmpty();
    }

    @Test
    void a_new_token_stops_the_old_one_and_a_withdrawn_member_is_shown_as_such() throws Exception {
        String old = hub.enrol("IWF", List.of("GB")).get().token();
        Document page = signedIn();
        String row = page.select("table.members tbody tr").first().attr("data-member");

        Document rotated = Jsoup.parse(post("/hub/members/" + row + "/token", "form_token", formToken(page)).body());
        String fresh = rotated.select("code.token").text();
        Document withdrawn = Jsoup.parse(post("/hub/members/" + row + "/withdraw", "form_token", formToken(page)).body());
        var unknown = post("/hub/members/not-a-member/withdraw", "form_token", formToken(page));

        assertThat(fresh).isNotEmpty().isNotEqualTo(old);
        assertThat(hub.authenticate(old)).isEmpty();
        assertThat(withdrawn.select(".outcome").text()).startsWith("IWF is withdrawn");
        assertThat(withdrawn.select("tr[data-member=" + row + "] .standing").text()).startsWith("withdrawn ");
        assertThat(withdrawn.select("tr[data-member=" + row + "] form")).as("nothing left to do").isEmpty();
        assertThat(hub.authenticate(fresh)).isEmpty();
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(unknown.body()).select(".error").text()).isEqualTo("No member not-a-member.");
    }

    @Test
    void after_signing_out_the_session_changes_nothing_and_a_hub_without_an_administrator_token_admits_nobody()
            throws Exception {
        Document page = signedIn();
        assertThat(post("/hub/sign-out", "form_token", formToken(page)).statusCode()).isEqualTo(303);
        Document out = Jsoup.parse(get("/hub").body());
        var after = post("/hub/members", "name", "Late", "countries", "NL", "form_token", formToken(page));

        assertThat(out.select("form[action=/hub/sign-in]")).hasSize(1);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(hub.members()).isEmpty();

        Javalin closed = HubServer.create(hub, new HubServer.Settings(1024, Optional.empty())).start("127.0.0.1", 0);
        try {
            var refused = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port()
                    + "/hub/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("HOTLINE_HUB_ADMIN_TOKEN");
        } finally {
            closed.stop();
        }
    }
}
