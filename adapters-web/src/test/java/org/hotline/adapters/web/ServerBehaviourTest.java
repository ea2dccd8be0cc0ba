package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ServerBehaviourTest {

    @Test
    void every_answer_carries_the_security_headers() {
        try (var server = new RunningServer()) {
            for (String path : List.of("/report", "/api/v1/openapi.json", "/nowhere")) {
                var headers = server.get(path).headers();
                assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                        csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
                assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
                assertThat(headers.firstValue("Cache-Control")).as(path).contains("no-store");
            }
        }
    }

    @Test
    void an_unexpected_failure_answers_with_a_code_and_no_internals() throws Exception {
        try (var server = new RunningServer(submission -> {
            throw new IllegalStateException("secret internal detail at org.hotline.Something");
        })) {
            var page = server.postForm("/report", "urls", "http://example.org/");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).doesNotContain("secret internal detail").doesNotContain("at org.hotline")
                    .doesNotContain("Exception");
            assertThat(Jsoup.parse(page.body()).select("main").text()).containsPattern("code [0-9a-f]{8}|: [0-9a-f]{8}");

            var api = server.post("/api/v1/reports", "application/json", "{\"urls\":[\"http://example.org\"]}");
            assertThat(api.statusCode()).isEqualTo(500);
            JsonNode problem = new ObjectMapper().readTree(api.body());
            assertThat(problem.get("status").asInt()).isEqualTo(500);
            assertThat(api.body()).doesNotContain("secret internal detail").doesNotContain("Exception");
        }
    }

    @Test
    void the_stylesheet_is_served_to_anyone() {
        try (var server = new RunningServer()) {
            var response = server.get("/static/style.css");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
            assertThat(response.body()).contains(".staff-nav");
        }
    }

    @Test
    void an_unknown_page_is_a_page() {
        try (var server = new RunningServer()) {
            var response = server.get("/no/such/page");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
        }
    }

    @Test
    void a_malformed_request_line_gets_no_stack_trace() throws Exception {
        try (var server = new RunningServer();
             var socket = new java.net.Socket("127.0.0.1", server.web.app().port())) {
            socket.getOutputStream().write("GET /%%% HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void every_route_declares_who_may_use_it_and_the_queue_is_for_analysts_and_supervisors() {
        try (var server = new RunningServer()) {
            assertThat(server.web.routes()).isNotEmpty().allSatisfy(route -> assertThat(route.access()).isNotEmpty());
            assertThat(server.web.routes()).filteredOn(route -> route.path().equals("/queue"))
                    .singleElement().satisfies(route -> assertThat(route.access())
                            .containsExactlyInAnyOrder(Access.ANALYST, Access.SUPERVISOR));
        }
    }

    @Test
    void metrics_without_a_token_are_for_this_machine_only() {
        assertThat(WebServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(WebServer.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(WebServer.isLoopback("192.0.2.10")).isFalse();
        assertThat(WebServer.isLoopback("2001:db8::1")).isFalse();
        assertThat(WebServer.isLoopback("localhost")).as("names are not trusted, addresses are").isFalse();
        assertThat(WebServer.isLoopback(null)).isFalse();
    }

    @Test
    void the_openapi_document_describes_exactly_the_api_routes_the_server_has() throws Exception {
        try (var server = new RunningServer()) {
            var response = server.get("/api/v1/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode document = new ObjectMapper().readTree(response.body());
            assertThat(document.get("openapi").asText()).startsWith("3.");

            Set<String> documented = new TreeSet<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> documented.add(method.toUpperCase() + " " + path.getKey())));
            Set<String> served = new TreeSet<>();
            server.web.routes().stream().filter(route -> route.path().startsWith("/api/"))
                    .forEach(route -> served.add(route.method() + " " + route.path()));
            assertThat(documented).isEqualTo(served);
        }
    }

    @Test
    void references_in_the_document_resolve() throws Exception {
        try (var server = new RunningServer()) {
            JsonNode document = new ObjectMapper().readTree(server.get("/api/v1/openapi.json").body());
            List<String> references = document.findValuesAsText("$ref");
            assertThat(references).isNotEmpty().allSatisfy(reference ->
                    assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
        }
    }
}
