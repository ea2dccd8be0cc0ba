package org.hotline.adapters.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import org.hotline.domain.report.CaseQueue;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportLookup;
import org.hotline.domain.report.SubmitReport;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryReports;

/** The web adapter on a real HTTP server on a free loopback port, over in-memory reports. */
final class RunningServer implements AutoCloseable {

    final InMemoryReports store = new InMemoryReports();
    final FixedClock clock = FixedClock.at("2026-05-04T08:30:00Z");
    final Web web;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    RunningServer() {
        this((SubmitReport) null);
    }

    final java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean(true);
    final io.micrometer.core.instrument.simple.SimpleMeterRegistry metrics = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

    RunningServer(SubmitReport replacement) {
        this(replacement, java.util.Optional.empty());
    }

    final org.hotline.domain.partner.PartnerRegistry partners = new org.hotline.domain.partner.PartnerRegistry(
            new org.hotline.domain.testing.InMemoryPartners(), clock, UUID::randomUUID);

    RunningServer(SubmitReport replacement, java.util.Optional<String> metricsToken) {
        this(replacement, metricsToken, WebSettings.defaults());
    }

    RunningServer(WebSettings settings) {
        this(null, java.util.Optional.empty(), settings);
    }

    RunningServer(SubmitReport replacement, java.util.Optional<String> metricsToken, WebSettings settings) {
        SubmitReport submit = replacement != null ? replacement : new ReportIntake(store, clock, UUID::randomUUID);
        web = WebServer.create(settings,
                new UseCases(submit, new ReportLookup(store), new CaseQueue(store), partners),
                new Operations(ready::get, metrics, () -> "# metrics\nhotline_test 1\n", metricsToken),
                ZoneId.of("Europe/Brussels"));
        web.app().start("127.0.0.1", 0);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.app().port() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> postForm(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(namesAndValues[i], java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return post(path, "application/x-www-form-urlencoded", body.toString());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        web.app().stop();
    }
}
