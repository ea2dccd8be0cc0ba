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
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.staff.LockoutPolicy;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.SessionPolicy;
import org.hotline.domain.staff.StaffAccess;
import org.hotline.domain.staff.StaffAdministration;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.StaffPorts;
import org.hotline.domain.staff.Username;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.InMemoryStaff;
import org.hotline.domain.testing.TestHasher;

/**
 * The web adapter on a real HTTP server on a free loopback port, over in-memory reports and staff. Forms posted with
 * {@link #postForm} carry a valid form token for the public (the double-submit pair of cookie and field).
 */
final class RunningServer implements AutoCloseable {

    /** The form token of the anonymous requests this server's helpers send. */
    static final String PUBLIC_FORM_TOKEN = "public-form-token-of-the-tests-0123456789ab";

    final InMemoryReports store = new InMemoryReports();
    final FixedClock clock = FixedClock.at("2026-05-04T08:30:00Z");
    final InMemoryStaff staff = new InMemoryStaff();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final TestHasher hasher = new TestHasher();
    final StaffPorts staffPorts = new StaffPorts(staff, staff, hasher, new org.hotline.adapters.web.security.SecureTokens(),
            audit, UnitOfWork.none(), clock);
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
        var access = new StaffAccess(staffPorts, LockoutPolicy.STANDARD, SessionPolicy.STANDARD);
        web = WebServer.create(settings,
                new UseCases(submit, new ReportLookup(store), new CaseQueue(store), partners, access, access,
                        new StaffAdministration(staffPorts, UUID::randomUUID)),
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

    /** Posts a form as the public does, with a valid form token. */
    HttpResponse<String> postForm(String path, String... namesAndValues) {
        String[] withToken = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        withToken[namesAndValues.length] = FormTokens.FIELD;
        withToken[namesAndValues.length + 1] = PUBLIC_FORM_TOKEN;
        return post(path, "application/x-www-form-urlencoded", formBody(withToken),
                "Cookie", FormTokens.COOKIE + "=" + PUBLIC_FORM_TOKEN);
    }

    static String formBody(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(namesAndValues[i], java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** A member who has chosen their own password, stored directly. */
    StaffMember member(String username, String password, Role... roles) {
        StaffMember member = StaffMember.create(new StaffId(UUID.randomUUID()), new Username(username),
                "Member " + username, io.vavr.collection.TreeSet.of(roles), hasher.hash(password), false, clock.instant());
        staff.add(member);
        return member;
    }

    /** A browser of its own: it keeps cookies and sends each form with the token of the page it last read. */
    Visitor visitor() {
        return new Visitor(uri("/"));
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
