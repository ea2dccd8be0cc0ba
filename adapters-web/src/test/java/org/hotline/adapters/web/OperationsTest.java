package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import org.hotline.domain.Unavailable;
import org.hotline.domain.report.ReportId;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void liveness_is_always_up_and_readiness_follows_the_program() throws Exception {
        try (var server = new RunningServer()) {
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(200);

            server.ready.set(false);
            var notReady = server.get("/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(new ObjectMapper().readTree(notReady.body()).get("status").asText()).isEqualTo("DOWN");
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_request_needing_an_unavailable_service_is_answered_503_at_once_with_a_retry_hint() throws Exception {
        try (var server = new RunningServer(submission -> {
            throw new Unavailable("the database is unreachable", null);
        })) {
            var api = server.post("/api/v1/reports", "application/json", "{\"urls\":[\"http://example.org\"]}");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).contains("5");
            assertThat(new ObjectMapper().readTree(api.body()).get("status").asInt()).isEqualTo(503);

            var form = server.postForm("/report", "urls", "http://example.org");
            assertThat(form.statusCode()).isEqualTo(503);
            assertThat(form.body()).contains("Nothing was stored");
        }
    }

    @Test
    void metrics_are_for_this_machine_or_a_scraper_with_the_token() throws Exception {
        try (var server = new RunningServer(null, Optional.of("scrape-token"))) {
            server.get("/report");
            server.get("/report/received/7K3M-9QXP-2D4F");
            var local = server.get("/metrics");
            assertThat(local.statusCode()).isEqualTo(200);
            assertThat(local.body()).contains("hotline_test 1");
            assertThat(server.metrics.find("http.server.requests").tag("route", "/report").tag("status", "200").timer())
                    .isNotNull().satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
            assertThat(server.metrics.find("http.server.requests").tag("route", "/report/received/{reference}").timers())
                    .as("the route pattern, not the reference, is the label").hasSize(1);
            assertThat(server.metrics.getMeters()).noneMatch(m -> String.valueOf(m.getId().getTag("route")).contains("7K3M"));

            var remote = server.send(HttpRequest.newBuilder(server.uri("/metrics")).header("Authorization", "Bearer wrong").build());
            assertThat(remote.statusCode()).as("from loopback the token is not needed").isEqualTo(200);
        }
    }

    @Test
    void a_stop_lets_the_requests_in_flight_finish() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var server = new RunningServer(submission -> {
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var id = new ReportId(java.util.UUID.fromString("3f1c2a9e-8d4b-4c6e-9a1f-0b2c3d4e5f60"));
            var url = org.hotline.domain.report.ReportedUrl.parse("example.org").get();
            var report = org.hotline.domain.report.Report.restore(id, java.time.Instant.now(),
                    org.hotline.domain.report.Channel.WEB_FORM, io.vavr.collection.List.of(url), io.vavr.collection.HashSet.empty(),
                    io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none(),
                    io.vavr.control.Option.none());
            var caseId = new org.hotline.domain.report.CaseId(java.util.UUID.randomUUID());
            return Either.right(new org.hotline.domain.report.Receipt(new org.hotline.domain.report.Filing(report,
                    io.vavr.collection.List.of(new org.hotline.domain.report.CaseLink(url, caseId, true)),
                    io.vavr.collection.HashMap.of(caseId, new org.hotline.domain.report.CaseState.AwaitingAssessment()))));
        });
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(server.uri("/report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", FormTokens.COOKIE + "=" + RunningServer.PUBLIC_FORM_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(RunningServer.formBody("urls", "example.org",
                        FormTokens.FIELD, RunningServer.PUBLIC_FORM_TOKEN))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        Thread.sleep(300);
        assertThat(stopping).as("the stop waits for the request in flight").isNotDone();
        release.countDown();

        HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(answered.headers().firstValue("Location").orElseThrow()).startsWith("/report/received/");
        stopping.get(30, TimeUnit.SECONDS);
    }
}
