package org.hotline.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import io.vavr.control.Option;
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
        Handlers handlers = Handlers.of(settings, useCases, operations, json, routes, zone);
        long uploadLimit = Math.max(useCases.known().map(KnownWork::uploadLimit).getOrElse(settings.maxBodyBytes()),
                useCases.contacts().map(contacts -> ContactPages.MOST_BYTES).getOrElse(0L));

        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(added -> {
                if (added.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(added.getHttpMethod().name(), added.getPath(), accessOf(added.getRoles())));
                }
            });
            configureServer(config, settings, json, uploadLimit, requestMetrics);
            filters(config.routes, settings, handlers, uploadLimit);
            reportingRoutes(config.routes, handlers);
            caseworkRoutes(config.routes, handlers);
            takedownRoutes(config.routes, handlers);
            staffRoutes(config.routes, handlers);
            operationsRoutes(config.routes, operations);
            config.routes.exception(HttpResponseException.class, handlers.errors()::httpError);
            config.routes.exception(Unavailable.class, handlers.errors()::unavailable);
            config.routes.exception(Exception.class, handlers.errors()::unexpected);
        });
        return new Web(app, routes, handlers.setup());
    }

    /** The handlers of every area of the web, built once over the use cases. */
    private record Handlers(Gate gate, FormTokens formTokens, ErrorResponses errors, FirstAdministratorSetup setup,
            SignInPages signIn, StaffAdminPages staff, ReportForm form, ReportApi api, byte[] openApi,
            QueuePages queue, CasePages cases, HostingPages hosting, WelfarePages welfare, LawChangesPages lawChanges,
            Option<KnownListPages> known, Option<MatchesApi> matches, Languages languages,
            Option<TakedownPages> takedowns, Option<StatisticsPages> statistics,
            Option<ContactPages> contacts) {

        static Handlers of(WebSettings settings, UseCases useCases, Operations operations, ObjectMapper json,
                java.util.List<Route> routes, ZoneId zone) {
            RandomTokens tokens = new RandomTokens();
            Cookies cookies = new Cookies(settings.secureCookies(), settings.trustedProxies());
            FormTokens formTokens = new FormTokens(tokens, cookies);
            Templates templates = new Templates(formTokens, routes);
            Clients clients = new Clients(settings.trustedProxies());
            FirstAdministratorSetup setup = new FirstAdministratorSetup(tokens);
            IntakeGuard guard = new IntakeGuard(useCases.partners(), useCases.reportThrottle(), clients);
            var work = useCases.casework();
            CaseworkViews views = new CaseworkViews(work.welfare(), work.assessment(), new Times(zone));
            HostingPages hosting = new HostingPages(work.hosting(), useCases.manageStaff(), views.times());
            var takedowns = useCases.takedowns().map(takedownWork -> new TakedownPages(takedownWork.run(),
                    takedownWork.police(), takedownWork.notices(), takedownWork.requests(), useCases.manageStaff(),
                    views.times(), templates));
            return new Handlers(new Gate(useCases.signIn(), operations.metricsToken(), clients), formTokens,
                    new ErrorResponses(templates, routes), setup,
                    new SignInPages(useCases, setup, templates, cookies, routes, clients, zone, settings.languages()),
                    new StaffAdminPages(useCases.manageStaff(), templates, zone),
                    new ReportForm(useCases.submitReport(), useCases.viewReport(), templates, zone, guard),
                    new ReportApi(useCases.submitReport(), useCases.viewReport(), json, guard), OpenApiDocument.load(),
                    new QueuePages(useCases.analystQueue(), useCases.findCase(), work, useCases.manageStaff(), views,
                            templates),
                    new CasePages(work, useCases.manageStaff(), views, templates, hosting, useCases.referrals(),
                            takedowns.toJavaOptional(), useCases.rechecks()), hosting,
                    new WelfarePages(work, useCases.manageStaff(), templates),
                    new LawChangesPages(work.lawChanges(), views, templates),
                    useCases.known().map(knownWork -> new KnownListPages(knownWork, templates, zone)),
                    useCases.known().map(knownWork -> new MatchesApi(knownWork.matches(), json, guard)),
                    settings.languages(), takedowns,
                    useCases.statistics().map(shown -> new StatisticsPages(shown, templates)),
                    useCases.contacts().map(manage -> new ContactPages(manage, templates, zone)));
        }
    }

    /** Jetty and Javalin: sizes, slow clients, graceful stops, static files and the request log. */
    private static void configureServer(io.javalin.config.JavalinConfig config, WebSettings settings, ObjectMapper json,
            long uploadLimit, RequestMetrics requestMetrics) {
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
        chartLibrary(config);
        config.requestLogger.http((ctx, millis) -> {
            requestMetrics.record(ctx, millis);
            REQUESTS.atInfo()
                    .addKeyValue("method", ctx.method().name())
                    .addKeyValue("path", ctx.path())
                    .addKeyValue("status", ctx.statusCode())
                    .addKeyValue("ms", Math.round(millis))
                    .log("request");
        });
    }

    /** The statistics' chart library, from its WebJar: served from here, never from a CDN. */
    private static void chartLibrary(io.javalin.config.JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = StatisticsPages.Chart.PATH;
            files.directory = StatisticsPages.Chart.DIRECTORY;
            files.location = Location.CLASSPATH;
            files.headers = java.util.Map.of("Cache-Control", "public, max-age=86400");
            files.roles = Set.of(Access.PUBLIC);
        });
    }

    /** What every request passes before its handler, and the headers every answer gets. */
    private static void filters(RoutesConfig routes, WebSettings settings, Handlers handlers, long uploadLimit) {
        routes.before(ctx -> refuseOversizedBody(ctx,
                takesFiles(ctx) ? uploadLimit : settings.maxBodyBytes()));
        routes.before(WebServer::refuseForbiddenCharactersInTheAddress);
        routes.before(handlers.languages()::choose);
        // In this order: who is asking, whether they may, and whether a change carries its form token.
        routes.beforeMatched(handlers.gate()::recognise);
        routes.beforeMatched(handlers.languages()::followMember);
        routes.beforeMatched(handlers.gate()::checkAccess);
        routes.beforeMatched(handlers.formTokens()::check);
        routes.after(SecurityHeaders::apply);
    }

    /** The public's side: the report form and the reports API; the partners' matches API. */
    private static void reportingRoutes(RoutesConfig routes, Handlers handlers) {
        var form = handlers.form();
        var api = handlers.api();
        byte[] openApi = handlers.openApi();
        routes.get("/", ctx -> ctx.redirect("/report", HttpStatus.FOUND), Access.PUBLIC);
        routes.get("/report", form::show, Access.PUBLIC);
        routes.post("/report", form::submit, Access.PUBLIC);
        routes.get("/report/received/{reference}", form::receipt, Access.PUBLIC);
        routes.post(ReportApi.REPORTS, api::create, Access.PUBLIC);
        routes.get(ReportApi.REPORTS + "/{id}", api::read, Access.PUBLIC);
        routes.get(OPENAPI, ctx -> ctx.contentType("application/json").result(openApi), Access.PUBLIC);
        handlers.matches().forEach(matchesApi -> routes.post(MatchesApi.MATCHES, matchesApi::ask, Access.PUBLIC));
    }

    /** The analysts' side: the queues, the case page and what is done on it, welfare and the law's changes. */
    private static void caseworkRoutes(RoutesConfig routes, Handlers handlers) {
        var queue = handlers.queue();
        var cases = handlers.cases();
        var hosting = handlers.hosting();
        routes.get(QueuePages.QUEUE, queue::show, Access.ANALYST, Access.SUPERVISOR);
        routes.get(QueuePages.HOSTING_TRACE, queue::showHostingTrace, Access.ANALYST, Access.SUPERVISOR);
        routes.get(QueuePages.LEGAL_REVIEW, queue::showLegalReview, Access.ANALYST, Access.SUPERVISOR,
                Access.LEGAL_ADVISER);
        routes.get(QueuePages.TO_REFER, queue::showToRefer, Access.ANALYST, Access.SUPERVISOR);
        routes.get(QueuePages.FOR_POLICE, queue::showForPolice, Access.ANALYST, Access.SUPERVISOR);
        routes.post(QueuePages.CLAIM_NEXT, queue::claimNext, Access.ANALYST);
        routes.get(QueuePages.FIND, queue::find, Access.ANALYST, Access.SUPERVISOR);
        routes.get(CasePages.PATH, cases::show, Access.ANALYST, Access.SUPERVISOR, Access.LEGAL_ADVISER);
        routes.post(CasePages.CLAIM, queue::claim, Access.ANALYST);
        routes.post(CasePages.RELEASE, cases::release, Access.ANALYST);
        routes.post(CasePages.PREVIEW, cases::preview, Access.ANALYST);
        routes.post(CasePages.CONFIRM, cases::confirm, Access.ANALYST);
        routes.post(CasePages.APPEAL_PREVIEW, cases::previewAppeal, Access.SUPERVISOR);
        routes.post(CasePages.APPEAL, cases::appeal, Access.SUPERVISOR);
        routes.post(CasePages.REVEAL, cases::reveal, Access.ANALYST, Access.SUPERVISOR);
        routes.post(CapturePages.CAPTURE_AGAIN, cases::captureAgain, Access.ANALYST, Access.SUPERVISOR);
        routes.get(CapturePages.PREVIEW_IMAGE, cases::previewImage, Access.ANALYST, Access.SUPERVISOR);
        routes.post(CasePages.LEGAL_DECISION, cases::decideLegalReview, Access.LEGAL_ADVISER);
        routes.post(HostingPages.SETTLE, ctx -> hosting.settle(ctx, cases::show), Access.ANALYST, Access.SUPERVISOR);
        routes.post(HostingPages.TRACE_AGAIN, ctx -> hosting.traceAgain(ctx, cases::show), Access.ANALYST,
                Access.SUPERVISOR);
        routes.get(LawChangesPages.PATH, handlers.lawChanges()::show, Access.SUPERVISOR, Access.LEGAL_ADVISER);
        routes.get(WelfarePages.PATH, handlers.welfare()::show, Access.SUPERVISOR);
        routes.post(WelfarePages.LIFT, handlers.welfare()::lift, Access.SUPERVISOR);
        handlers.statistics().forEach(statistics -> {
            routes.get(StatisticsPages.PATH, statistics::show, Access.SUPERVISOR);
            routes.get(StatisticsPages.CSV, statistics::csv, Access.SUPERVISOR);
        });
    }

    /** Takedowns: the steps, holds and removal of a case's takedown, and the police liaison's page. */
    private static void takedownRoutes(RoutesConfig routes, Handlers handlers) {
        var cases = handlers.cases();
        handlers.takedowns().forEach(pages -> {
            routes.post(TakedownPages.STEP, ctx -> pages.record(ctx, cases::show), Access.ANALYST, Access.SUPERVISOR,
                    Access.POLICE_LIAISON);
            routes.post(TakedownPages.HOLD, ctx -> pages.placeHold(ctx, cases::show), Access.POLICE_LIAISON);
            routes.post(TakedownPages.LIFT, ctx -> pages.liftHold(ctx, cases::show), Access.POLICE_LIAISON);
            routes.post(TakedownPages.REMOVED, ctx -> pages.removed(ctx, cases::show), Access.ANALYST, Access.SUPERVISOR);
            routes.get(TakedownPages.POLICE, pages::showPolice, Access.POLICE_LIAISON, Access.SUPERVISOR);
            routes.get(TakedownPages.NOTICES, pages::showNotices, Access.SUPERVISOR);
            if (pages.offersRequests()) {
                routes.post(TakedownPages.ASK, pages::ask, Access.POLICE_LIAISON);
                routes.post(TakedownPages.ANSWER, ctx -> pages.answerRequest(ctx, cases::show), Access.ANALYST,
                        Access.SUPERVISOR);
            }
        });
    }

    /** Signing in, one's own account, the first administrator's set-up, and the administrators' pages. */
    private static void staffRoutes(RoutesConfig routes, Handlers handlers) {
        var signIn = handlers.signIn();
        var staff = handlers.staff();
        routes.get(Gate.SIGN_IN, signIn::showSignIn, Access.PUBLIC);
        routes.post(Gate.SIGN_IN, signIn::signIn, Access.PUBLIC);
        routes.post(Gate.SIGN_OUT, signIn::signOut, Access.ANY_STAFF);
        routes.get("/account", signIn::showAccount, Access.ANY_STAFF);
        routes.post(SignInPages.LANGUAGE, signIn::chooseLanguage, Access.ANY_STAFF);
        routes.post(SignInPages.END_SESSION, signIn::endSession, Access.ANY_STAFF);
        routes.post(SignInPages.END_OTHER_SESSIONS, signIn::endOtherSessions, Access.ANY_STAFF);
        routes.get(Gate.CHANGE_PASSWORD, signIn::showPassword, Access.ANY_STAFF);
        routes.post(Gate.CHANGE_PASSWORD, signIn::changePassword, Access.ANY_STAFF);
        routes.get("/setup", signIn::showSetup, Access.PUBLIC);
        routes.post("/setup", signIn::setUp, Access.PUBLIC);
        routes.get(StaffAdminPages.PATH, staff::show, Access.ADMINISTRATOR);
        routes.post(StaffAdminPages.PATH, staff::create, Access.ADMINISTRATOR);
        routes.post(StaffAdminPages.PATH + "/{id}/deactivate", staff::deactivate, Access.ADMINISTRATOR);
        routes.post(StaffAdminPages.PATH + "/{id}/reset-password", staff::resetPassword, Access.ADMINISTRATOR);
        routes.post(StaffAdminPages.PATH + "/{id}/roles", staff::assignRoles, Access.ADMINISTRATOR);
        handlers.known().forEach(pages -> {
            routes.get(KnownListPages.PATH, pages::show, Access.ADMINISTRATOR);
            routes.post(KnownListPages.PATH, pages::define, Access.ADMINISTRATOR);
            routes.post(KnownListPages.IMPORT, pages::importFile, Access.ADMINISTRATOR);
        });
        handlers.contacts().forEach(pages -> {
            routes.get(ContactPages.PATH, pages::show, Access.ADMINISTRATOR);
            routes.post(ContactPages.PATH, pages::add, Access.ADMINISTRATOR);
            routes.post(ContactPages.IMPORT, pages::importFile, Access.ADMINISTRATOR);
            routes.get(ContactPages.ONE, pages::showOne, Access.ADMINISTRATOR);
            routes.post(ContactPages.ONE, pages::change, Access.ADMINISTRATOR);
        });
    }

    /** Health for the orchestrator, metrics for monitoring. */
    private static void operationsRoutes(RoutesConfig routes, Operations operations) {
        routes.get("/health/live", ctx -> ctx.json(java.util.Map.of("status", "UP")), Access.PUBLIC);
        routes.get("/health/ready", ctx -> {
            boolean ready = operations.ready().getAsBoolean();
            ctx.status(ready ? 200 : 503).json(java.util.Map.of("status", ready ? "UP" : "DOWN"));
        }, Access.PUBLIC);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(operations.scrape().get()), Access.MONITORING);
    }

    private static Set<Access> accessOf(Set<RouteRole> roles) {
        java.util.Set<Access> access = java.util.EnumSet.noneOf(Access.class);
        for (RouteRole role : roles) {
            access.add((Access) role);
        }
        return access;
    }

    /** Whether a request may come as multipart: only the uploads of files do. */
    static boolean takesFiles(Context ctx) {
        return KnownListPages.takesFiles(ctx) || ContactPages.takesFiles(ctx);
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
