package org.hotline.adapters.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.vavr.collection.List;
import org.hotline.adapters.exchange.client.HubClient;
import org.hotline.adapters.exchange.hub.HubServer;
import org.hotline.adapters.exchange.wire.Wire;
import org.hotline.domain.Sha256;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.Unavailable;
import org.hotline.domain.exchange.ExchangeHub;
import org.hotline.domain.exchange.HubDesk;
import org.hotline.domain.exchange.Reconciliation;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.exchange.StatusReport;
import org.hotline.domain.testing.ExchangeSamples;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryHub;
import org.hotline.domain.testing.SequentialTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub's routes on a real Javalin server on loopback, spoken to by the hotlines' client and by raw HTTP. */
class HubOverHttpTest {

    private static final String ADMIN = "administrator token of at least 24 characters";

    private final InMemoryHub store = new InMemoryHub();
    private final HubDesk hub = new ExchangeHub(new ExchangeHub.Ports(store, store, new InMemoryAuditTrail(),
            UnitOfWork.none(), FixedClock.at("2026-03-02T09:00:00Z"), UUID::randomUUID, new SequentialTokens()));
    private final Javalin server = HubServer.create(hub, new HubServer.Settings(64 * 1024, Optional.of(Sha256.hex(ADMIN))))
            .start("127.0.0.1", 0);
    private final URI base = URI.create("http://127.0.0.1:" + server.port());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.stop();
    }

    private HubClient member(String name, String... countries) throws Exception {
        return new HubClient(base, token(name, countries));
    }

    /** Enrols a member; its token. */
    private String token(String name, String... countries) throws Exception {
        HttpResponse<String> enrolled = send("POST", Wire.MEMBERS, ADMIN,
                "{\"name\":\"" + name + "\",\"countries\":[\"" + String.join("\",\"", countries) + "\"]}");
        assertThat(enrolled.statusCode()).isEqualTo(201);
        return Wire.mapper().readTree(enrolled.body()).get("token").asText();
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(base.resolve(path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_referral_crosses_the_hub_once_and_its_status_comes_back() throws Exception {
        HubClient belgium = member("Child Focus", "BE");
        HubClient britain = member("IWF", "GB");
        Referral referral = ExchangeSamples.referral("BE", "GB");

        assertThat(belgium.send(List.of(referral)).map(HubDesk.Outcome::kind)).containsExactly(HubDesk.Outcome.Kind.ACCEPTED);
        assertThat(belgium.send(List.of(referral)).map(HubDesk.Outcome::kind)).containsExactly(HubDesk.Outcome.Kind.REPEATED);
        assertThat(britain.fetch(10)).containsExactly(referral);
        britain.acknowledge(List.of(referral.messageId()));
        assertThat(britain.fetch(10)).isEmpty();

        StatusReport received = ExchangeSamples.status(referral, ReferralStatus.RECEIVED);
        StatusReport moved = ExchangeSamples.moved(referral, "BE");
        var outcomes = britain.send(List.of(received, moved));

        assertThat(outcomes.map(HubDesk.Outcome::kind)).containsExactly(HubDesk.Outcome.Kind.ACCEPTED,
                HubDesk.Outcome.Kind.REFUSED);
        assertThat(outcomes.last().refusal().get().detail()).startsWith("exchange.no_member: ");
        assertThat(belgium.fetch(10)).containsExactly(received);
    }

    @Test
    void a_reconciliation_over_http_names_what_the_hub_never_took_and_delivers_again_what_the_member_lacks()
            throws Exception {
        HubClient belgium = member("Child Focus", "BE");
        HubClient britain = member("IWF", "GB");
        Referral taken = ExchangeSamples.referral("BE", "GB");
        Referral neverSent = ExchangeSamples.referral("BE", "GB");
        belgium.send(List.of(taken));
        britain.acknowledge(List.of(taken.messageId()));
        var since = java.time.Instant.parse("2026-01-01T00:00:00Z");
        var until = java.time.Instant.parse("2027-01-01T00:00:00Z");

        var atBelgium = belgium.reconcile(new Reconciliation(since, until,
                List.of(taken.messageId(), neverSent.messageId()), List.empty()));
        var atBritain = britain.reconcile(new Reconciliation(since, until, List.empty(), List.empty()));

        assertThat(atBelgium.unknown()).containsExactly(neverSent.messageId());
        assertThat(atBritain.deliveredAgain()).containsExactly(taken.messageId());
        assertThat(britain.fetch(10)).containsExactly(taken);
    }

    @Test
    void a_malformed_or_anonymous_reconciliation_is_refused_and_changes_nothing() throws Exception {
        String token = token("Child Focus", "BE");
        HubClient belgium = new HubClient(base, token);

        var anonymous = send("POST", Wire.RECONCILIATION, "unknown-token-of-nobody-at-all",
                "{\"since\":\"2026-01-01T00:00:00Z\",\"until\":\"2026-01-02T00:00:00Z\",\"sent\":[],\"received\":[]}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(belgium.reconcile(new Reconciliation(java.time.Instant.parse("2026-01-01T00:00:00Z"),
                java.time.Instant.parse("2026-01-02T00:00:00Z"), List.empty(), List.empty())).unknown()).isEmpty();
        Referral referral = ExchangeSamples.referral("BE", "GB");
        member("IWF", "GB");
        belgium.send(List.of(referral));
        String[] bad = {
            "{\"since\":\"yesterday\",\"until\":\"2026-01-02T00:00:00Z\",\"sent\":[],\"received\":[]}",
            "{\"since\":\"2026-01-02T00:00:00Z\",\"until\":\"2026-01-01T00:00:00Z\",\"sent\":[],\"received\":[]}",
            "{\"since\":\"2026-01-01T00:00:00Z\",\"until\":\"2026-01-02T00:00:00Z\",\"sent\":[null],\"received\":[]}",
            "{\"since\":\"2026-01-01T00:00:00Z\",\"until\":\"2026-01-02T00:00:00Z\",\"received\":[]}",
            "{\"since\":\"2026-01-01T00:00:00Z\",\"until\":\"2026-01-02T00:00:00Z\",\"sent\":[],\"received\":[],\"x\":1}",
        };
        for (String body : bad) {
            var refused = send("POST", Wire.RECONCILIATION, token, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).as(body).contains("exchange.malformed");
        }
        assertThat(store.waiting(hub.members().find(standing -> standing.member().name().equals("IWF")).get()
                .member().id(), 10)).hasSize(1);
    }

    @Test
    void a_batch_larger_than_the_hubs_limit_is_sent_in_parts_and_a_message_too_large_alone_is_refused() throws Exception {
        HubClient belgium = member("Child Focus", "BE");
        HubClient britain = member("IWF", "GB");
        var many = List.range(0, 400).map(i -> ExchangeSamples.referral(UUID.randomUUID(), "BE", "GB",
                "http://gallery-" + i + ".example.org/album"));
        Referral sample = ExchangeSamples.referral("BE", "GB");
        Referral huge = new Referral(sample.id(), sample.from(), sample.to(), sample.address(), "x".repeat(Referral.MAX_TRACE),
                sample.verdict(), List.fill(Referral.MAX_ITEMS, sample.items().head()), sample.at());

        var outcomes = belgium.send(List.<org.hotline.domain.exchange.ExchangeMessage>narrow(many.append(huge)));

        assertThat(outcomes.map(HubDesk.Outcome::messageId)).containsExactlyElementsOf(many.append(huge)
                .map(Referral::messageId));
        assertThat(outcomes.init().map(HubDesk.Outcome::kind)).containsOnly(HubDesk.Outcome.Kind.ACCEPTED);
        assertThat(outcomes.last().refusal().get().detail()).startsWith("exchange.too_large: ");
        assertThat(britain.fetch(1000)).hasSize(400);
    }

    @Test
    void bad_input_gets_a_clear_4xx_and_changes_nothing() throws Exception {
        HubClient belgium = member("Child Focus", "BE");
        member("IWF", "GB");
        String token = Wire.mapper().readTree(send("POST", Wire.MEMBERS, ADMIN,
                "{\"name\":\"Offlimits\",\"countries\":[\"NL\"]}").body()).get("token").asText();
        String referral = Wire.mapper().writeValueAsString(new Wire.Batch(java.util.List.of(
                Wire.document(ExchangeSamples.referral("BE", "GB")))));

        HttpResponse<String> forged = send("POST", Wire.MESSAGES, "forged-token", referral);
        HttpResponse<String> none = send("GET", Wire.INBOX, null, null);
        HttpResponse<String> notTheirs = send("POST", Wire.MESSAGES, token, referral);
        HttpResponse<String> malformed = send("POST", Wire.MESSAGES, token, "{\"messages\":[{\"kind\":\"REFERRAL\"}]}");
        HttpResponse<String> unknownField = send("POST", Wire.MESSAGES, token, "{\"messages\":[],\"extra\":1}");
        HttpResponse<String> badAddress = send("POST", Wire.MESSAGES, token,
                referral.replace("http://gallery.example.org/album", "HTTP://Gallery.example.org/album").replace("\"BE\"", "\"NL\""));
        HttpResponse<String> nowhere = send("POST", Wire.MESSAGES, token, referral.replace("\"BE\"", "\"NL\"")
                .replace("\"GB\"", "\"FR\""));
        HttpResponse<String> oversize = send("POST", Wire.MESSAGES, token, "{\"messages\":[" + " ".repeat(70_000) + "]}");
        HttpResponse<String> foreignStatus = send("POST", Wire.MESSAGES, token, Wire.mapper().writeValueAsString(
                new Wire.Batch(java.util.List.of(Wire.document(ExchangeSamples.status(ExchangeSamples.referral("BE", "GB"),
                        ReferralStatus.REMOVED))))));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"exchange\"");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("exchange.not_your_country");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("messages[0]: id: required");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(badAddress.statusCode()).isEqualTo(400);
        assertThat(badAddress.body()).contains("address: not in canonical form");
        assertThat(nowhere.statusCode()).isEqualTo(422);
        assertThat(nowhere.body()).contains("exchange.no_member");
        assertThat(oversize.statusCode()).isEqualTo(413);
        assertThat(foreignStatus.statusCode()).isEqualTo(404);
        assertThat(store.traffic().map(traffic -> traffic.sent() + traffic.waiting())).containsOnly(0L);
        assertThatThrownBy(() -> new HubClient(base, "forged-token").fetch(10)).isInstanceOf(Unavailable.class)
                .hasMessageContaining("401");
        assertThat(belgium.fetch(10)).isEmpty();
    }

    @Test
    void the_administrator_enrols_lists_rotates_and_withdraws_members_and_nobody_else_may() throws Exception {
        HubClient belgium = member("Child Focus", "BE");
        HttpResponse<String> listed = send("GET", Wire.MEMBERS, ADMIN, null);
        JsonNode first = Wire.mapper().readTree(listed.body()).get("members").get(0);
        String id = first.get("id").asText();

        assertThat(send("GET", Wire.MEMBERS, "not the administrator", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", Wire.MEMBERS, null, "{\"name\":\"x\",\"countries\":[\"FR\"]}").statusCode()).isEqualTo(401);
        assertThat(first.get("countries").toString()).isEqualTo("[\"BE\"]");
        assertThat(first.has("token")).isFalse();
        assertThat(first.get("sent").asLong()).isZero();
        assertThat(send("POST", Wire.MEMBERS, ADMIN, "{\"name\":\"Again\",\"countries\":[\"BE\"]}").statusCode())
                .isEqualTo(422);

        HttpResponse<String> rotated = send("POST", Wire.MEMBERS + "/" + id + "/token", ADMIN, null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> belgium.fetch(1)).isInstanceOf(Unavailable.class);
        HubClient renewed = new HubClient(base, Wire.mapper().readTree(rotated.body()).get("token").asText());
        assertThat(renewed.fetch(1)).isEmpty();

        assertThat(send("DELETE", Wire.MEMBERS + "/" + id, ADMIN, null).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", Wire.MEMBERS + "/" + id, ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", Wire.MEMBERS + "/not-an-id", ADMIN, null).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> renewed.fetch(1)).isInstanceOf(Unavailable.class);
    }

    @Test
    void the_hub_serves_its_openapi_document_and_a_hub_without_an_administrator_token_manages_no_members() throws Exception {
        HttpResponse<String> document = send("GET", Wire.OPENAPI, null, null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(Wire.mapper().readTree(document.body()).get("paths").has(Wire.MESSAGES)).isTrue();
        assertThat(Wire.mapper().readTree(document.body()).get("paths").has(Wire.RECONCILIATION)).isTrue();

        Javalin closed = HubServer.create(hub, new HubServer.Settings(1024, Optional.empty())).start("127.0.0.1", 0);
        try {
            var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + Wire.MEMBERS))
                    .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.body()).contains("HOTLINE_HUB_ADMIN_TOKEN");
        } finally {
            closed.stop();
        }
    }

    @Test
    void a_hub_that_cannot_be_reached_is_unavailable_to_the_client() {
        server.stop();
        assertThatThrownBy(() -> new HubClient(base, "token").send(List.of(ExchangeSamples.referral("BE", "GB"))))
                .isInstanceOf(Unavailable.class).hasMessageContaining("cannot be reached");
    }
}
