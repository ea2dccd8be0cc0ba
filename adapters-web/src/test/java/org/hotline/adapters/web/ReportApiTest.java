package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportApiTest {

    private final RunningServer server = new RunningServer();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_report_is_created_and_read_back_at_its_location() throws Exception {
        var created = server.post("/api/v1/reports", "application/json", """
                {"urls": ["https://Example.org/a#top"], "seen": ["IMAGES"], "description": "From a chat group.",
                 "contact": {"email": "reporter@example.org"}}""");

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode body = json.readTree(created.body());
        assertThat(location).isEqualTo("/api/v1/reports/" + body.get("id").asText());
        assertThat(body.at("/urls/0/canonical").asText()).isEqualTo("https://example.org/a");
        assertThat(body.at("/urls/0/duplicate").asBoolean()).isFalse();
        assertThat(body.at("/urls/0/caseState").asText()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(body.get("contactGiven").asBoolean()).isTrue();
        assertThat(body.has("contact")).as("contact details are never returned").isFalse();
        assertThat(created.body()).doesNotContain("reporter@example.org");

        var read = server.get(location);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body())).isEqualTo(body);
    }

    @Test
    void a_second_report_of_the_same_address_is_marked_as_a_duplicate_of_the_same_case() throws Exception {
        JsonNode first = json.readTree(server.post("/api/v1/reports", "application/json",
                "{\"urls\": [\"http://example.org/gallery\"]}").body());
        JsonNode second = json.readTree(server.post("/api/v1/reports", "application/json",
                "{\"urls\": [\"HTTP://EXAMPLE.ORG:80/gallery#frag\"]}").body());

        assertThat(second.at("/urls/0/duplicate").asBoolean()).isTrue();
        assertThat(second.at("/urls/0/caseId")).isEqualTo(first.at("/urls/0/caseId"));
    }

    @Test
    void invalid_fields_are_listed_with_where_they_are_and_nothing_is_stored() throws Exception {
        var response = server.post("/api/v1/reports", "application/json", """
                {"urls": ["https://example.org/ok", "ftp://example.org/"], "seen": ["PICTURES"],
                 "contact": {"email": "nope"}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("urls[1]", "seen[0]", "contact.email");
        assertThat(problem.get("errors").findValuesAsText("code")).containsExactly("url.scheme", "seen.unknown", "email.invalid");
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void a_missing_address_list_is_a_field_error() throws Exception {
        JsonNode problem = json.readTree(server.post("/api/v1/reports", "application/json", "{}").body());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("urls");
    }

    @Test
    void malformed_json_is_described_with_its_position() throws Exception {
        var response = server.post("/api/v1/reports", "application/json", "{\"urls\": [\"a\",\n ]");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).at("/errors/0");
        assertThat(error.get("code").asText()).isEqualTo("malformed_json");
        assertThat(error.get("detail").asText()).contains("line 2");
    }

    @Test
    void a_field_of_the_wrong_type_or_an_unknown_field_is_named() throws Exception {
        JsonNode wrongType = json.readTree(server.post("/api/v1/reports", "application/json",
                "{\"urls\": \"http://example.org\"}").body());
        assertThat(wrongType.at("/errors/0/field").asText()).isEqualTo("urls");
        assertThat(wrongType.at("/errors/0/code").asText()).isEqualTo("wrong_type");

        JsonNode unknown = json.readTree(server.post("/api/v1/reports", "application/json",
                "{\"urls\": [\"http://example.org\"], \"url\": \"typo\"}").body());
        assertThat(unknown.at("/errors/0/field").asText()).isEqualTo("url");
        assertThat(unknown.at("/errors/0/code").asText()).isEqualTo("unknown_field");
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void a_body_that_is_not_json_is_refused_as_unsupported() throws Exception {
        var response = server.post("/api/v1/reports", "text/plain", "http://example.org");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(415);
    }

    @Test
    void an_oversized_body_is_refused_before_it_is_read() throws Exception {
        String huge = "{\"urls\": [\"http://example.org\"], \"description\": \"" + "x".repeat(600_000) + "\"}";
        var response = server.post("/api/v1/reports", "application/json", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("title").asText()).isNotBlank();
        assertThat(server.store.countOpen()).isZero();
    }

    @Test
    void an_unknown_report_or_route_is_a_problem_not_a_page() throws Exception {
        var unknownReport = server.get("/api/v1/reports/3f1c2a9e-8d4b-4c6e-9a1f-0b2c3d4e5f60");
        assertThat(unknownReport.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknownReport.body()).get("title").asText()).isEqualTo("No such report");

        var notAnId = server.get("/api/v1/reports/not-an-id");
        assertThat(notAnId.statusCode()).isEqualTo(404);

        var unknownRoute = server.get("/api/v1/nothing-here");
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(unknownRoute.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var wrongMethod = server.send(HttpRequest.newBuilder(server.uri("/api/v1/reports")).DELETE().build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }
}
