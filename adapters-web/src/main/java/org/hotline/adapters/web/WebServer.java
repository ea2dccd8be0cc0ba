package org.hotline.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.hotline.adapters.web.security.FirstAdministratorSetup;
import org.hotline.adapters.web.security.RandomTokens;
import org.hotline.domain.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the web server: routes, the access check every route passes, error answers, and security headers.
 * Nothing here decides anything about reports; the handlers translate between HTTP and the domain's use cases.
 */
public final class WebServer {

    private static final Logger REQUESTS = LoggerFactory.getLogger("org.hotline.requests");
    private static final String OPENAPI = "/api/v1/openapi.json";

    private WebServer() {
    }

    /** How long a stop waits for the requests in flight to finish. */
    public static final java.time.Duration STOP_TIMEOUT = java.time.Duration.ofSeconds(30);

    public static Web create(WebSettings settings, UseCases useCases, Operations operations, ZoneId zone) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(zone, "zone");
        RequestMetrics requestMetrics = new RequestMetrics(operations.metrics());
        ObjectMapper json = Json.mapper();
        java.util.List<Route> routes = new java.util.concurrent.CopyOnWriteArrayList<>();
        RandomTokens tokens = new RandomTokens();
        Cookies cookies = new Cookies(settings.secureCookies(), settings.trustedProxies());
        FormTokens formTokens = new FormTokens(tokens, cookies);
        Templates templates = new Templates(formTokens, routes);
        ErrorResponses errors = new ErrorResponses(templates, routes);
        Clients clients = new Clients(settings.trustedProxies());
        Gate gate = new Gate(useCases.signIn(), operations.metricsToken(), clients);
        FirstAdministratorSetup setup = new FirstAdministratorSetup(tokens);
        SignInPages signIn = new SignInPages(useCases, setup, templates, cookies, routes, clients, zone,
                settings.languages());
        StaffAdminPages staff = new StaffAdminPages(useCases.manageStaff(), templates, zone);
        IntakeGuard guard = new IntakeGuard(useCases.partners(), useCases.reportThrottle(), clients);
        ReportForm form = new ReportForm(useCases.submitReport(), useCases.viewReport(), templates, zone, guard);
        ReportApi api = new ReportApi(useCases.submitReport(), useCases.viewReport(), json, guard);
        var work = useCases.casework();
        CaseworkViews views = new CaseworkViews(work.welfare(), work.assessment(), new Times(zone));
        QueuePages queue = new QueuePages(useCases.analystQueue(), useCases.findCase(), work, useCases.manageStaff(), views,
                templates);
        HostingPages hosting = new HostingPages(work.hosting(), useCases.manageStaff(), views.times());
        CasePages cases = new CasePages(work, useCases.manageStaff(), views, templates, hosting, useCases.referrals());
        WelfarePages welfare = new WelfarePages(work, useCases.manageStaff(), templates);
        LawChangesPages lawChanges = new LawChangesPages(work.lawChanges(), views, templates);
        byte[] openApi = OpenApiDocument.load();
        var known = useCases.known().map(knownWork -> new KnownListPages(knownWork, templates, zone));
        var matches = useCases.known().map(knownWork -> new MatchesApi(knownWork.matches(), json, guard));
        long uploadLimit = useCases.known().map(KnownWork::uploadLimit).getOrElse(settings.maxBodyBytes());

        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(added -> {
                if (added.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(added.getHttpMethod().name(), added.getPath(), accessOf(added.getRoles())));
                }
            });
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.defaultContentType = "text/plain; charset=utf-8";
            config.router.ignoreTrailingSlashes = true;
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.multipartConfig.maxFileSize(uploadLimit, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(uploadLimit + 65_536, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.jetty.modifyServletContextHandler(handler -> {
                handler.setMaxFormContentSize((int) settings.maxBodyBytes());
                handler.setMaxFormKeys(1000);
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new QuietErrorHandler());
                // On stop, stop accepting and let the requests in flight finish (up to the stop timeout).
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
                SlowClients.protect(server, settings.deadlines());
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
                // Static files pass the gate too: without a declared role they would be refused to everyone.
                files.roles = Set.of(Access.PUBLIC);
            });
            config.requestLogger.http((ctx, millis) -> {
                requestMetrics.record(ctx, millis);
                REQUESTS.atInfo()
                        .addKeyValue("method", ctx.method().name())
                        .addKeyValue("path", ctx.path())
                        .addKeyValue("status", ctx.statusCode())
                        .addKeyValue("ms", Math.round(millis))
                        .log("request");
            });

            config.routes.before(ctx -> refuseOversizedBody(ctx,
                    KnownListPages.takesFiles(ctx) ? uploadLimit : settings.maxBodyBytes()));
            config.routes.before(WebServer::refuseForbiddenCharactersInTheAddress);
            config.routes.before(settings.languages()::choose);
            // In this order: who is asking, whether they may, and whether a change carries its form token.
            config.routes.beforeMatched(gate::recognise);
            config.routes.beforeMatched(settings.languages()::followMember);
            config.routes.beforeMatched(gate::checkAccess);
            config.routes.beforeMatched(formTokens::check);
            config.routes.after(SecurityHeaders::apply);

            config.routes.get("/", ctx -> ctx.redirect("/report", HttpStatus.FOUND), Access.PUBLIC);
            config.routes.get("/report", form::show, Access.PUBLIC);
            config.routes.post("/report", form::submit, Access.PUBLIC);
            config.routes.get("/report/received/{reference}", form::receipt, Access.PUBLIC);
            config.routes.post(ReportApi.REPORTS, api::create, Access.PUBLIC);
            config.routes.get(ReportApi.REPORTS + "/{id}", api::read, Access.PUBLIC);
            config.routes.get(OPENAPI, ctx -> ctx.contentType("application/json").result(openApi), Access.PUBLIC);
            matches.forEach(matchesApi -> config.routes.post(MatchesApi.MATCHES, matchesApi::ask, Access.PUBLIC));
            known.forEach(pages -> {
                config.routes.get(KnownListPages.PATH, pages::show, Access.ADMINISTRATOR);
                config.routes.post(KnownListPages.PATH, pages::define, Access.ADMINISTRATOR);
                config.routes.post(KnownListPages.IMPORT, pages::importFile, Access.ADMINISTRATOR);
            });
            config.routes.get(QueuePages.QUEUE, queue::show, Access.ANALYST, Access.SUPERVISOR);
            config.routes.get(QueuePages.HOSTING_TRACE, queue::showHostingTrace, Access.ANALYST, Access.SUPERVISOR);
            config.routes.get(QueuePages.LEGAL_REVIEW, queue::showLegalReview, Access.ANALYST, Access.SUPERVISOR,
                    Access.LEGAL_ADVISER);
            config.routes.get(QueuePages.TO_REFER, queue::showToRefer, Access.ANALYST, Access.SUPERVISOR);
            config.routes.get(QueuePages.FOR_POLICE, queue::showForPolice, Access.ANALYST, Access.SUPERVISOR);
            config.routes.post(QueuePages.CLAIM_NEXT, queue::claimNext, Access.ANALYST);
            config.routes.get(QueuePages.FIND, queue::find, Access.ANALYST, Access.SUPERVISOR);
            config.routes.get(CasePages.PATH, cases::show, Access.ANALYST, Access.SUPERVISOR, Access.LEGAL_ADVISER);
            config.routes.post(CasePages.CLAIM, queue::claim, Access.ANALYST);
            config.routes.post(CasePages.RELEASE, cases::release, Access.ANALYST);
            config.routes.post(CasePages.PREVIEW, cases::preview, Access.ANALYST);
            config.routes.post(CasePages.CONFIRM, cases::confirm, Access.ANALYST);
            config.routes.post(CasePages.APPEAL_PREVIEW, cases::previewAppeal, Access.SUPERVISOR);
            config.routes.post(CasePages.APPEAL, cases::appeal, Access.SUPERVISOR);
            config.routes.post(CasePages.REVEAL, cases::reveal, Access.ANALYST, Access.SUPERVISOR);
            config.routes.post(CapturePages.CAPTURE_AGAIN, cases::captureAgain, Access.ANALYST, Access.SUPERVISOR);
            config.routes.get(CapturePages.PREVIEW_IMAGE, cases::previewImage, Access.ANALYST, Access.SUPERVISOR);
            config.routes.post(CasePages.LEGAL_DECISION, cases::decideLegalReview, Access.LEGAL_ADVISER);
            config.routes.post(HostingPages.SETTLE, ctx -> hosting.settle(ctx, cases::show), Access.ANALYST, Access.SUPERVISOR);
            config.routes.post(HostingPages.TRACE_AGAIN, ctx -> hosting.traceAgain(ctx, cases::show), Access.ANALYST,
                    Access.SUPERVISOR);
            config.routes.get(LawChangesPages.PATH, lawChanges::show, Access.SUPERVISOR, Access.LEGAL_ADVISER);
            config.routes.get(WelfarePages.PATH, welfare::show, Access.SUPERVISOR);
            config.routes.post(WelfarePages.LIFT, welfare::lift, Access.SUPERVISOR);
            config.routes.get(Gate.SIGN_IN, signIn::showSignIn, Access.PUBLIC);
            config.routes.post(Gate.SIGN_IN, signIn::signIn, Access.PUBLIC);
            config.routes.post(Gate.SIGN_OUT, signIn::signOut, Access.ANY_STAFF);
            config.routes.get("/account", signIn::showAccount, Access.ANY_STAFF);
            config.routes.post(SignInPages.LANGUAGE, signIn::chooseLanguage, Access.ANY_STAFF);
            config.routes.post(SignInPages.END_SESSION, signIn::endSession, Access.ANY_STAFF);
            config.routes.post(SignInPages.END_OTHER_SESSIONS, signIn::endOtherSessions, Access.ANY_STAFF);
            config.routes.get(Gate.CHANGE_PASSWORD, signIn::showPassword, Access.ANY_STAFF);
            config.routes.post(Gate.CHANGE_PASSWORD, signIn::changePassword, Access.ANY_STAFF);
            config.routes.get("/setup", signIn::showSetup, Access.PUBLIC);
            config.routes.post("/setup", signIn::setUp, Access.PUBLIC);
            config.routes.get(StaffAdminPages.PATH, staff::show, Access.ADMINISTRATOR);
            config.routes.post(StaffAdminPages.PATH, staff::create, Access.ADMINISTRATOR);
            config.routes.post(StaffAdminPages.PATH + "/{id}/deactivate", staff::deactivate, Access.ADMINISTRATOR);
            config.routes.post(StaffAdminPages.PATH + "/{id}/reset-password", staff::resetPassword, Access.ADMINISTRATOR);
            config.routes.post(StaffAdminPages.PATH + "/{id}/roles", staff::assignRoles, Access.ADMINISTRATOR);
            config.routes.get("/health/live", ctx -> ctx.json(java.util.Map.of("status", "UP")), Access.PUBLIC);
            config.routes.get("/health/ready", ctx -> {
                boolean ready = operations.ready().getAsBoolean();
                ctx.status(ready ? 200 : 503).json(java.util.Map.of("status", ready ? "UP" : "DOWN"));
            }, Access.PUBLIC);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(operations.scrape().get()), Access.MONITORING);

            config.routes.exception(HttpResponseException.class, errors::httpError);
            config.routes.exception(Unavailable.class, errors::unavailable);
            config.routes.exception(Exception.class, errors::unexpected);
        });
        return new Web(app, routes, setup);
    }

    private static Set<Access> accessOf(Set<RouteRole> roles) {
        java.util.Set<Access> access = java.util.EnumSet.noneOf(Access.class);
        for (RouteRole role : roles) {
            access.add((Access) role);
        }
        return access;
    }

    private static void refuseOversizedBody(Context ctx, long limit) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limit) {
                    throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE,
                            "The body is larger than " + limit + " bytes.", java.util.Map.of());
                }
            } catch (NumberFormatException e) {
                throw new HttpResponseException(HttpStatus.BAD_REQUEST, "The Content-Length header is not a number.",
                        java.util.Map.of());
            }
        }
    }

    /**
     * An address whose query holds NUL or another control character is refused at once, whatever the route: no page
     * takes such text, and none should have to check for it. Bodies are checked field by field where they are read.
     */
    private static void refuseForbiddenCharactersInTheAddress(Context ctx) {
        for (var parameter : ctx.queryParamMap().entrySet()) {
            boolean forbidden = org.hotline.domain.PlainText.checkLine("", parameter.getKey()).isDefined()
                    || parameter.getValue().stream().anyMatch(v -> org.hotline.domain.PlainText.checkLine("", v).isDefined());
            if (forbidden) {
                throw new HttpResponseException(HttpStatus.BAD_REQUEST,
                        "The address holds a character that is not allowed (such as NUL or another control character).",
                        java.util.Map.of());
            }
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isEmpty() || !(address.indexOf(':') >= 0 || Character.isDigit(address.charAt(0)))) {
            return false;
        }
        try {
            // An IP literal: parsed, never looked up.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Jetty's own error answers (malformed requests, before any route runs): a status line and no internals, with the
     * same security headers as every other answer.
     */
    private static final class QuietErrorHandler extends ErrorHandler {
        QuietErrorHandler() {
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
        }

        @Override
        public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                org.eclipse.jetty.util.Callback callback) throws Exception {
            SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
            response.getHeaders().put("Cache-Control", "no-store");
            return super.handle(request, response, callback);
        }
    }

    static final class OpenApiDocument {
        private OpenApiDocument() {
        }

        static byte[] load() {
            try (var in = WebServer.class.getResourceAsStream("/openapi/openapi.json")) {
                if (in == null) {
                    throw new IllegalStateException("the OpenAPI document is missing from the class path");
                }
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
