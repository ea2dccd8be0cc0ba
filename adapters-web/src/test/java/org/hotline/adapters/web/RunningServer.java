package org.hotline.adapters.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import org.hotline.domain.UnitOfWork;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.CaseFiles;
import org.hotline.domain.assessment.ClaimDesk;
import org.hotline.domain.assessment.DecisionPorts;
import org.hotline.domain.assessment.LawChanges;
import org.hotline.domain.assessment.LegalReviewDesk;
import org.hotline.domain.assessment.Withdrawals;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.report.CaseQueue;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportLookup;
import org.hotline.domain.report.SubmitReport;
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
import org.hotline.domain.testing.InMemoryAssessments;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryExchange;
import org.hotline.domain.testing.InMemoryExposureLog;
import org.hotline.domain.testing.InMemoryLimitLifts;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.InMemoryStaff;
import org.hotline.domain.testing.InMemoryTakedownNotices;
import org.hotline.domain.testing.TestHasher;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;

/**
 * The web adapter on a real HTTP server on a free loopback port, over in-memory reports, staff and workbench (the
 * test law of the made-up country XT unless another is given). Forms posted with
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
            audit, UnitOfWork.none(), clock, org.hotline.domain.testing.InMemorySignInGuards.on(clock));
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

    final org.hotline.domain.testing.InMemoryKnownContent knownContent = new org.hotline.domain.testing.InMemoryKnownContent();
    final org.hotline.domain.testing.InMemoryKnownLists knownLists = new org.hotline.domain.testing.InMemoryKnownLists();
    final org.hotline.domain.partner.PartnerRegistry partners = new org.hotline.domain.partner.PartnerRegistry(
            new org.hotline.domain.testing.InMemoryPartners(), clock, UUID::randomUUID);

    RunningServer(SubmitReport replacement, java.util.Optional<String> metricsToken) {
        this(replacement, metricsToken, WebSettings.defaults());
    }

    RunningServer(WebSettings settings) {
        this(null, java.util.Optional.empty(), settings);
    }

    RunningServer(SubmitReport replacement, java.util.Optional<String> metricsToken, WebSettings settings) {
        this(replacement, metricsToken, settings, TestLaw.withUninvolvedReviewer(false), WelfareSettings.defaults(BRUSSELS));
    }

    /** The workbench under the given law and welfare policy. */
    RunningServer(NationalLaw law, WelfareSettings welfareSettings) {
        this(null, java.util.Optional.empty(), WebSettings.defaults(), law, welfareSettings);
    }

    final InMemoryAssessments assessments = new InMemoryAssessments(store);
    final InMemoryExchange exchange = new InMemoryExchange(new org.hotline.domain.CountryCode("NL"));
    final InMemoryTakedownNotices notices = new InMemoryTakedownNotices();
    final org.hotline.domain.testing.InMemoryAbuseContacts contacts = new org.hotline.domain.testing.InMemoryAbuseContacts();
    final NationalLaw law;
    final InMemoryExposureLog exposure = new InMemoryExposureLog();
    final InMemoryLimitLifts lifts = new InMemoryLimitLifts();
    final Welfare welfare;
    final org.hotline.domain.testing.InMemoryCaptureJobs captureJobs = new org.hotline.domain.testing.InMemoryCaptureJobs(store);
    final org.hotline.domain.testing.InMemoryCaptures captures = new org.hotline.domain.testing.InMemoryCaptures();
    /** What a preview fetches again: the content at each address, as a test puts it there. */
    final TestSite site = new TestSite();
    final org.hotline.domain.testing.InMemoryHostingTraces traces = new org.hotline.domain.testing.InMemoryHostingTraces();
    final org.hotline.domain.testing.InMemoryTraceJobs traceJobs = new org.hotline.domain.testing.InMemoryTraceJobs(store,
            traces, clock);
    final org.hotline.domain.testing.InMemorySettlements settlements = new org.hotline.domain.testing.InMemorySettlements();
    final org.hotline.domain.testing.InMemoryNameResolver dns = new org.hotline.domain.testing.InMemoryNameResolver();
    final org.hotline.domain.testing.InMemoryIpData ipData = new org.hotline.domain.testing.InMemoryIpData();
    org.hotline.domain.hosting.casework.TraceWork traceWork;
    /** The figures the statistics pages show, as a test sets them. */
    final org.hotline.domain.testing.FixedStatistics statistics = new org.hotline.domain.testing.FixedStatistics();
    /** The re-checks of takedowns the case pages show, as a test adds them. */
    final org.hotline.domain.testing.InMemoryRechecks rechecks = new org.hotline.domain.testing.InMemoryRechecks();
    final org.hotline.domain.testing.InMemoryTakedowns takedowns = new org.hotline.domain.testing.InMemoryTakedowns();
    final org.hotline.domain.testing.InMemoryHostNotices hostNotices = new org.hotline.domain.testing.InMemoryHostNotices();
    final org.hotline.domain.takedown.TakedownDesk takedownDesk = new org.hotline.domain.takedown.TakedownDesk(
            new org.hotline.domain.takedown.TakedownPorts(store, takedowns, hostNotices, audit, UnitOfWork.none(), clock,
                    UUID::randomUUID, BRUSSELS));

    private RunningServer(SubmitReport replacement, java.util.Optional<String> metricsToken, WebSettings settings,
            NationalLaw law, WelfareSettings welfareSettings) {
        this.law = law;
        SubmitReport submit = replacement != null ? replacement : new ReportIntake(store, clock, UUID::randomUUID);
        var access = new StaffAccess(staffPorts, LockoutPolicy.STANDARD, SessionPolicy.STANDARD);
        welfare = new Welfare(exposure, lifts, staff, store, audit, UnitOfWork.none(), clock, welfareSettings);
        var queue = new CaseQueue(store, clock);
        var ports = new DecisionPorts(store, assessments, welfare, audit, UnitOfWork.none(), clock, UUID::randomUUID,
                new Withdrawals(exchange, notices));
        var desk = new AssessmentDesk(law, ports, BRUSSELS);
        var casework = new UseCases.Casework(queue,
                new ClaimDesk(store, store, welfare, audit, UnitOfWork.none(), clock, ClaimSettings.defaults()), desk, desk,
                new CaseFiles(store, store, assessments, audit, UnitOfWork.none(), clock), welfare, welfare, welfare, welfare,
                new LegalReviewDesk(law, ports, BRUSSELS), new LawChanges(law, store, assessments), capturing(), hostingDesk());
        web = WebServer.create(settings,
                new UseCases(submit, new ReportLookup(store), queue,
                        new org.hotline.domain.report.CaseFinder(store, store, store), partners,
                        // The public's reports are counted on the real clock, as the web server sees them arrive.
                        new org.hotline.domain.throttle.ReportRateLimit(new org.hotline.domain.testing.InMemoryTokenBuckets(
                                () -> java.time.Instant.now()),
                                org.hotline.domain.throttle.Allowance.perMinute(settings.rateLimit().perMinute(),
                                        settings.rateLimit().burst())), access, access, access,
                        new org.hotline.domain.staff.StaffSessions(staffPorts, SessionPolicy.STANDARD),
                        new StaffAdministration(staffPorts, UUID::randomUUID), casework).withKnownContent(new KnownWork(
                                new org.hotline.domain.knowncontent.ManageKnownLists(knownLists, audit, UnitOfWork.none(), clock),
                                new org.hotline.domain.knowncontent.MatchKnownHashes(knownContent, audit, UnitOfWork.none(), clock),
                                new TestListFiles(), 1024 * 1024)).withTakedowns(takedownDesk, takedownDesk)
                        .withStatistics(new org.hotline.domain.statistics.StatisticsDesk(statistics, clock, BRUSSELS))
                        .withRechecks((caseId, limit) -> rechecks.ofCase(caseId).take(limit))
                        .withContacts(new org.hotline.domain.hostcontacts.ManageContacts(contacts, audit, UnitOfWork.none(),
                                clock, UUID::randomUUID)),
                new Operations(ready::get, metrics, () -> "# metrics\nhotline_test 1\n", metricsToken),
                BRUSSELS);
        web.app().start("127.0.0.1", 0);
    }

    /** The hosting trace over in-memory DNS and IP data, with a worker a test runs by {@code traceWork.round}. */
    private org.hotline.domain.hosting.casework.HostingDesk hostingDesk() {
        var hostingPorts = new org.hotline.domain.hosting.casework.HostingPorts(store, traceJobs, traces, settlements, audit,
                UnitOfWork.none(), clock, UUID::randomUUID);
        traceWork = new org.hotline.domain.hosting.casework.TraceWork(
                new org.hotline.domain.hosting.HostingTracer(dns, ipData, clock), hostingPorts, captures, Duration.ofMinutes(5));
        return new org.hotline.domain.hosting.casework.HostingDesk(hostingPorts, assessments,
                new org.hotline.domain.testing.TestAgreement(), exchange, ipData, takedownDesk);
    }

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Captures over the in-memory jobs and captures; previews fetched from {@link #site} and rendered by it. */
    private UseCases.Capturing capturing() {
        var desk = new org.hotline.domain.capture.job.CaptureDesk(store, captureJobs, captures, audit, UnitOfWork.none(),
                clock, UUID::randomUUID);
        var previews = new org.hotline.domain.capture.preview.Previews(store, captures, site, site,
                org.hotline.domain.capture.preview.RecentPreviews.none(), welfare);
        return new UseCases.Capturing(desk, desk, previews);
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

    /** A member with these roles, signed in, with a page read so that their forms carry the session's token. */
    Visitor signedIn(String username, String password, Role... roles) {
        member(username, password, roles);
        Visitor visitor = visitor();
        if (visitor.signIn(username, password).statusCode() != 303) {
            throw new AssertionError("the sign-in of " + username + " was refused");
        }
        visitor.get("/account");
        return visitor;
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
