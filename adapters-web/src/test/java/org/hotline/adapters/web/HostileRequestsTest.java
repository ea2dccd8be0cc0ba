package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an attacker on the web sends, and how the server answers: the findings of the security review of the
 * workbench (issue 10, findings 3 and 5 to 8), each with the request that used to get the wrong answer.
 */
class HostileRequestsTest {

    private static final String PASSWORD = "a long passphrase";

    private final ObjectMapper json = new ObjectMapper();
    private RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    // Finding 3: NUL and other forbidden characters are refused at the edge, beside their field.

    @Test
    void a_nul_in_any_field_of_the_report_form_is_shown_beside_that_field_and_nothing_is_stored() {
        var page = server.postForm("/report", "urls", "http://example.org/a\u0000b", "description", "seen\u0000there",
                "contactName", "Ann\u0000", "contactEmail", "ann\u0000@example.org", "contactPhone", "+32\u0000 2 123");

        assertThat(page.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(page.body());
        for (String field : List.of("urls", "description", "contactName", "contactEmail", "contactPhone")) {
            assertThat(form.select("#" + field + "-error").text()).as(field)
                    .contains("a character that cannot be kept");
        }
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void a_nul_in_any_field_of_the_api_is_a_field_error_and_nothing_is_stored() throws Exception {
        var response = server.post("/api/v1/reports", "application/json", """
                {"urls": ["http://example.org/a\\u0000"], "description": "seen\\u0000there",
                 "contact": {"name": "Ann\\u0000", "email": "ann\\u0000@example.org", "phone": "+32\\u0000 2 123"}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("urls[0]", "description", "contact.name",
                "contact.email", "contact.phone");
        assertThat(errors.findValuesAsText("code")).containsOnly("text.forbidden_character");
        assertThat(response.body()).doesNotContain("Ann");
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void a_nul_in_the_query_of_any_address_is_refused_before_any_page_runs() {
        for (String path : List.of("/report?x=%00", "/sign-in?next=/queue%00", "/api/v1/openapi.json?%01=1")) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(400);
        }
    }

    @Test
    void a_nul_in_the_reason_for_lifting_a_limit_is_refused_beside_the_field() {
        var ann = server.member("ann", PASSWORD, Role.ANALYST);
        var sam = signedIn("sam", Role.SUPERVISOR);

        var refused = sam.postForm("/welfare/lift", "analyst", ann.id().toString(), "reason", "Backlog\u0000");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#reason-error").text()).contains("a character that cannot be kept");
        assertThat(server.lifts.between(java.time.LocalDate.MIN, java.time.LocalDate.MAX)).isEmpty();
    }

    // Finding 5: slow clients hold neither connections nor threads for long.

    @Test
    void a_body_sent_a_byte_at_a_time_is_cut_off_at_its_deadline_with_408() throws Exception {
        restartWith(new Deadlines(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2), 1));
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            String answer = dribbleUntilAnswered(socket, Duration.ofMillis(400), Duration.ofSeconds(15));
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        }
    }

    @Test
    void a_body_that_keeps_coming_but_too_slowly_is_cut_off_after_the_grace_long_before_its_deadline() throws Exception {
        restartWith(new Deadlines(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(60), 100));
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 4000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            String answer = dribbleUntilAnswered(socket, Duration.ofMillis(200), Duration.ofSeconds(30));
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void a_request_head_sent_a_byte_at_a_time_loses_its_connection_at_the_deadline() throws Exception {
        restartWith(new Deadlines(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(5), 1));
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET /report HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            String answer = dribbleUntilAnswered(socket, Duration.ofMillis(400), Duration.ofSeconds(15));
            assertThat(answer).as("closed without an answer, or with an error; never served").doesNotContain("200 OK");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        }
    }

    @Test
    void a_quick_client_on_a_connection_kept_open_is_not_cut_off_by_the_head_deadline() throws Exception {
        restartWith(new Deadlines(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(5), 1));
        try (Socket socket = connect()) {
            for (int request = 0; request < 3; request++) {
                socket.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 200");
                Thread.sleep(700);
            }
        }
    }

    // Finding 6: behind a trusted proxy, /metrics looks at the forwarded client.

    @Test
    void metrics_through_a_trusted_proxy_on_this_machine_are_refused_to_a_client_elsewhere() {
        server.close();
        server = new RunningServer(new WebSettings(WebSettings.DEFAULT_MAX_BODY_BYTES, WebSettings.DEFAULT_RATE_LIMIT,
                java.util.Set.of("127.0.0.1")));

        var forwarded = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/metrics"))
                .header("X-Forwarded-For", "203.0.113.7").build());
        var local = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/metrics"))
                .header("X-Forwarded-For", "127.0.0.1").build());

        assertThat(forwarded.statusCode()).isEqualTo(403);
        assertThat(local.statusCode()).isEqualTo(200);
    }

    // Finding 7: the welfare dashboard and lift.

    @Test
    void a_week_at_the_ends_of_time_is_refused_with_400_not_500() {
        var sam = signedIn("sam", Role.SUPERVISOR);
        for (String week : List.of("+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31")) {
            var page = sam.get("/welfare?week=" + java.net.URLEncoder.encode(week, StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as(week).isEqualTo(400);
            assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("No such week");
        }
        assertThat(sam.get("/welfare?week=2026-05-04").statusCode()).isEqualTo(200);
    }

    @Test
    void a_limit_is_lifted_only_for_an_active_analyst() {
        var sam = signedIn("sam", Role.SUPERVISOR);
        var pat = server.member("pat", PASSWORD, Role.POLICE_LIAISON);
        var sue = server.member("sue", PASSWORD, Role.SUPERVISOR);

        for (String notAnAnalyst : List.of(pat.id().toString(), sue.id().toString(),
                "00000000-0000-4000-a000-000000000042")) {
            var refused = sam.postForm("/welfare/lift", "analyst", notAnAnalyst, "reason", "Backlog.");
            assertThat(refused.statusCode()).as(notAnAnalyst).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select("#analyst-error").text()).isNotEmpty();
        }
        assertThat(server.lifts.between(java.time.LocalDate.MIN, java.time.LocalDate.MAX)).isEmpty();
    }

    // Finding 8: the JSON API reads bodies strictly; 405 says what is allowed; Jetty's own errors carry the CSP.

    @Test
    void a_field_given_twice_is_refused_not_the_last_taken() throws Exception {
        for (var body : Map.of(
                "{\"urls\": [\"http://example.org/a\"], \"urls\": [\"http://example.org/b\"]}", "urls",
                "{\"urls\": [\"http://example.org/a\"], \"contact\": {\"email\": \"a@example.org\", \"email\": \"b@example.org\"}}",
                "contact.email").entrySet()) {
            var response = server.post("/api/v1/reports", "application/json", body.getKey());
            assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
            JsonNode error = json.readTree(response.body()).at("/errors/0");
            assertThat(error.get("code").asText()).isEqualTo("duplicate_field");
            assertThat(error.get("field").asText()).isEqualTo(body.getValue());
        }
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void booleans_and_numbers_are_not_turned_into_text() throws Exception {
        for (var body : Map.of(
                "{\"urls\": [true, 1.5e3]}", "urls[0]",
                "{\"urls\": [\"http://example.org/\"], \"description\": 42}", "description",
                "{\"urls\": [\"http://example.org/\"], \"contact\": {\"name\": false}}", "contact.name").entrySet()) {
            var response = server.post("/api/v1/reports", "application/json", body.getKey());
            assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
            JsonNode error = json.readTree(response.body()).at("/errors/0");
            assertThat(error.get("code").asText()).isEqualTo("wrong_type");
            assertThat(error.get("field").asText()).isEqualTo(body.getValue());
        }
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void an_empty_address_in_the_api_is_an_error_where_it_is() throws Exception {
        var response = server.post("/api/v1/reports", "application/json", "{\"urls\": [\"http://example.org/\", \"\", null]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("urls[1]", "urls[2]");
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void a_wrong_method_is_answered_405_with_the_methods_that_are_allowed() {
        var api = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/reports"))
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(api.statusCode()).isEqualTo(405);
        assertThat(api.headers().firstValue("Allow")).hasValue("POST");

        var page = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/report"))
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
    }

    @Test
    void jettys_own_error_answers_carry_the_security_headers() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET /%%% HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("Content-Security-Policy: default-src 'self'").contains("X-Frame-Options: DENY")
                    .containsPattern("Cache-Control: [^\r]*no-store");
        }
    }

    // Fixtures

    private void restartWith(Deadlines deadlines) {
        server.close();
        server = new RunningServer(WebSettings.defaults().withDeadlines(deadlines));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.web.app().port());
        socket.setSoTimeout(20_000);
        return socket;
    }

    /**
     * Sends one more byte every {@code every} until the server answers or closes the connection; gives the answer (empty
     * when closed without one). Fails when the server neither answers nor closes within {@code atMost}.
     */
    private static String dribbleUntilAnswered(Socket socket, Duration every, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        InputStream in = socket.getInputStream();
        socket.setSoTimeout((int) every.toMillis());
        while (System.nanoTime() < deadline) {
            try {
                int first = in.read();
                if (first < 0) {
                    return "";
                }
                return (char) first + readAnswer(in);
            } catch (java.net.SocketTimeoutException stillWaiting) {
                try {
                    socket.getOutputStream().write('x');
                    socket.getOutputStream().flush();
                } catch (IOException closed) {
                    return "";
                }
            } catch (java.net.SocketException reset) {
                return "";
            }
        }
        throw new AssertionError("the server held the slow request for " + atMost + " and more");
    }

    /** The head of one answer and as much of its body as has arrived. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                if (answer.indexOf("\r\n\r\n") >= 0 && in.available() == 0) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException done) {
            // what has arrived is the answer
        }
        return answer.toString();
    }

    private Visitor signedIn(String username, Role... roles) {
        return server.signedIn(username, PASSWORD, roles);
    }
}
