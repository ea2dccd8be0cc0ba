package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class IntakeLimitsTest {

    private static final String REPORT = "{\"urls\": [\"http://example.org/flood\"]}";
    private final ObjectMapper json = new ObjectMapper();

    private static WebSettings limitedTo(int perMinute, int burst) {
        return new WebSettings(WebSettings.DEFAULT_MAX_BODY_BYTES, new RateLimit(perMinute, burst), Set.of(), false);
    }

    @Test
    void the_public_is_held_to_the_limit_and_told_when_to_come_back() throws Exception {
        try (var server = new RunningServer(limitedTo(6, 3))) {
            for (int i = 0; i < 3; i++) {
                assertThat(server.post("/api/v1/reports", "application/json", REPORT).statusCode()).isEqualTo(201);
            }
            var refused = server.post("/api/v1/reports", "application/json", REPORT);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                    seconds -> assertThat(seconds).isBetween(1L, 10L));
            assertThat(json.readTree(refused.body()).get("detail").asText()).contains("wait");
            assertThat(server.store.oldestFirst(10, 10).head().reportCount()).isEqualTo(3);
        }
    }

    @Test
    void a_refused_form_comes_back_with_everything_typed() {
        try (var server = new RunningServer(limitedTo(1, 1))) {
            server.postForm("/report", "urls", "http://example.org/first");
            var refused = server.postForm("/report", "urls", "http://example.org/second", "description", "keep me");

            assertThat(refused.statusCode()).isEqualTo(429);
            var page = Jsoup.parse(refused.body());
            assertThat(page.select("#urls").first().wholeText()).isEqualTo("http://example.org/second");
            assertThat(page.select("#description").first().wholeText()).isEqualTo("keep me");
            assertThat(page.select(".error-summary").text()).contains("wait a minute");
        }
    }

    @Test
    void a_partner_with_its_key_is_not_limited() {
        try (var server = new RunningServer(limitedTo(1, 1))) {
            String key = server.partners.register("Example Partner").get().key().secret();
            for (int i = 0; i < 5; i++) {
                var filed = server.post("/api/v1/reports", "application/json", REPORT, "Authorization", "Bearer " + key);
                assertThat(filed.statusCode()).as("partner report %d", i).isEqualTo(201);
            }
            assertThat(server.post("/api/v1/reports", "application/json", REPORT).statusCode()).isEqualTo(201);
            assertThat(server.post("/api/v1/reports", "application/json", REPORT).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void a_key_that_is_not_recognised_is_refused_not_ignored() throws Exception {
        try (var server = new RunningServer()) {
            var refused = server.post("/api/v1/reports", "application/json", REPORT, "Authorization", "Bearer hlk_unknown");

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(json.readTree(refused.body()).get("status").asInt()).isEqualTo(401);
            assertThat(server.store.countOpen()).isZero();
        }
    }

    @Test
    void a_report_filed_by_a_partner_is_shown_to_that_partner_only() throws Exception {
        try (var server = new RunningServer()) {
            String key = server.partners.register("Example Partner").get().key().secret();
            String other = server.partners.register("Another Partner").get().key().secret();
            var filed = server.post("/api/v1/reports", "application/json", REPORT, "Authorization", "Bearer " + key);
            String location = filed.headers().firstValue("Location").orElseThrow();

            assertThat(server.send(HttpRequest.newBuilder(server.uri(location)).header("Authorization", "Bearer " + key)
                    .build()).statusCode()).isEqualTo(200);
            assertThat(server.get(location).statusCode()).isEqualTo(404);
            assertThat(server.send(HttpRequest.newBuilder(server.uri(location)).header("Authorization", "Bearer " + other)
                    .build()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_answer_and_stores_nothing_new() throws Exception {
        try (var server = new RunningServer()) {
            var first = server.post("/api/v1/reports", "application/json", REPORT, "Idempotency-Key", "a1b2c3");
            var retry = server.post("/api/v1/reports", "application/json", REPORT, "Idempotency-Key", "a1b2c3");

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
            JsonNode firstBody = json.readTree(first.body());
            assertThat(json.readTree(retry.body())).isEqualTo(firstBody);
            assertThat(server.store.oldestFirst(10, 10).head().reportCount()).isEqualTo(1);
        }
    }

    @Test
    void an_idempotency_key_reused_for_another_report_is_refused_with_422() throws Exception {
        try (var server = new RunningServer()) {
            server.post("/api/v1/reports", "application/json", REPORT, "Idempotency-Key", "a1b2c3");
            var reused = server.post("/api/v1/reports", "application/json", "{\"urls\": [\"http://example.org/other\"]}",
                    "Idempotency-Key", "a1b2c3");

            assertThat(reused.statusCode()).isEqualTo(422);
            assertThat(json.readTree(reused.body()).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
            assertThat(server.store.countOpen()).isEqualTo(1);

            var malformed = server.post("/api/v1/reports", "application/json", REPORT, "Idempotency-Key", "has space");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(json.readTree(malformed.body()).at("/errors/0/code").asText()).isEqualTo("idempotency.key_invalid");
        }
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit_and_others_cannot_choose_theirs() {
        var behindProxy = new WebSettings(WebSettings.DEFAULT_MAX_BODY_BYTES, new RateLimit(1, 1), Set.of("127.0.0.1"), false);
        try (var server = new RunningServer(behindProxy)) {
            assertThat(server.post("/api/v1/reports", "application/json", REPORT, "X-Forwarded-For", "198.51.100.7").statusCode())
                    .isEqualTo(201);
            assertThat(server.post("/api/v1/reports", "application/json", REPORT, "X-Forwarded-For", "198.51.100.8").statusCode())
                    .isEqualTo(201);
            assertThat(server.post("/api/v1/reports", "application/json", REPORT,
                    "X-Forwarded-For", "203.0.113.9, 198.51.100.7").statusCode())
                    .as("the client is the last hop the trusted proxy saw").isEqualTo(429);
        }
        try (var server = new RunningServer(limitedTo(1, 1))) {
            assertThat(server.post("/api/v1/reports", "application/json", REPORT, "X-Forwarded-For", "198.51.100.7").statusCode())
                    .isEqualTo(201);
            assertThat(server.post("/api/v1/reports", "application/json", REPORT, "X-Forwarded-For", "198.51.100.8").statusCode())
                    .as("without a trusted proxy the header is ignored").isEqualTo(429);
        }
    }
}
