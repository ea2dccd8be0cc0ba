package org.hotline.application;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.hotline.adapters.persistence.Backups;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresAssessments;
import org.hotline.adapters.persistence.PostgresTakedowns;
import org.hotline.adapters.persistence.PostgresAuditTrail;
import org.hotline.adapters.capture.fetch.GuardedFetcher;
import org.hotline.adapters.capture.image.ImageExaminer;
import org.hotline.adapters.capture.image.ImageLimits;
import org.hotline.adapters.capture.page.PageCapturer;
import org.hotline.adapters.capture.preview.PictureRenderer;
import org.hotline.adapters.capture.preview.RecentPreviewCache;
import org.hotline.adapters.persistence.PostgresCaptureJobs;
import org.hotline.adapters.persistence.PostgresCaptures;
import org.hotline.adapters.persistence.PostgresCases;
import org.hotline.adapters.exchange.client.HubClient;
import org.hotline.adapters.persistence.PostgresExchange;
import org.hotline.adapters.persistence.PostgresHostingTraces;
import org.hotline.adapters.persistence.PostgresSettlements;
import org.hotline.adapters.persistence.PostgresTraceJobs;
import org.hotline.domain.exchange.NetworkDesk;
import org.hotline.domain.exchange.OutboxExchange;
import org.hotline.domain.hosting.casework.HostingDesk;
import org.hotline.domain.hosting.casework.HostingPorts;
import org.hotline.domain.takedown.PoliceRequestDesk;
import org.hotline.domain.takedown.TakedownDesk;
import org.hotline.domain.takedown.TakedownPorts;
import org.hotline.adapters.persistence.PostgresExposureLog;
import org.hotline.adapters.persistence.PostgresLimitLifts;
import org.hotline.adapters.persistence.PostgresPartners;
import org.hotline.adapters.persistence.PostgresReports;
import org.hotline.adapters.persistence.PostgresSessions;
import org.hotline.adapters.persistence.PostgresStaffMembers;
import org.hotline.adapters.persistence.PostgresSignInGuards;
import org.hotline.adapters.persistence.PostgresPoliceRequests;
import org.hotline.adapters.persistence.PostgresRechecks;
import org.hotline.adapters.persistence.PostgresStatistics;
import org.hotline.adapters.persistence.PostgresTokenBuckets;
import org.hotline.adapters.persistence.PostgresUnitOfWork;
import org.hotline.adapters.persistence.ScheduledRounds;
import org.hotline.domain.throttle.Allowance;
import org.hotline.domain.throttle.ReportRateLimit;
import org.hotline.domain.throttle.TokenBuckets;
import org.hotline.adapters.web.Operations;
import org.hotline.adapters.web.UseCases;
import org.hotline.adapters.web.Web;
import org.hotline.adapters.web.WebServer;
import org.hotline.adapters.web.security.Argon2idHasher;
import org.hotline.adapters.web.security.SecureTokens;
import org.hotline.domain.Clock;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.Unavailable;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.capture.job.CaptureDesk;
import org.hotline.domain.capture.job.CaptureWork;
import org.hotline.domain.capture.job.KnownAtCapture;
import org.hotline.domain.assessment.KnownContentDesk;
import org.hotline.domain.knowncontent.KnownItems;
import org.hotline.domain.capture.job.RetryPolicy;
import org.hotline.domain.capture.preview.Previews;
import org.hotline.domain.staff.SignInPolicy;
import org.hotline.domain.assessment.AssessmentDesk;
import org.hotline.domain.assessment.CaseFiles;
import org.hotline.domain.assessment.ClaimDesk;
import org.hotline.domain.assessment.DecisionPorts;
import org.hotline.domain.assessment.LawChanges;
import org.hotline.domain.assessment.LegalReviewDesk;
import org.hotline.domain.assessment.Withdrawals;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.partner.PartnerRegistry;
import org.hotline.domain.report.CaseQueue;
import org.hotline.domain.report.ClaimSettings;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.report.QueuePriority;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportLookup;
import org.hotline.domain.staff.LockoutPolicy;
import org.hotline.domain.staff.SessionPolicy;
import org.hotline.domain.staff.StaffAccess;
import org.hotline.domain.staff.StaffAdministration;
import org.hotline.domain.staff.StaffPorts;
import org.hotline.domain.statistics.StatisticsDesk;
import org.hotline.domain.notifying.NoticeDesk;
import org.hotline.domain.recheck.FollowUps;
import org.hotline.domain.recheck.RecheckPorts;
import org.hotline.domain.recheck.RecheckWork;
import org.hotline.domain.takedown.EndTakedown;
import org.hotline.domain.staff.StaffSessions;
import org.hotline.domain.report.CaseFinder;
import org.hotline.domain.welfare.BreakReminder;
import org.hotline.domain.welfare.DailyLimit;
import org.hotline.domain.welfare.Welfare;
import org.hotline.domain.welfare.WelfareSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running program: the database, the domain's use cases over it, and the web server. Wiring only; every
 * decision lives in the domain.
 */
public final class Hotline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Hotline.class);

    static final Clock CLOCK = new SystemClock();

    private final Configuration configuration;
    private final Database database;
    private final Web web;
    private final Housekeeping housekeeping;
    private final Optional<ScheduledBackups> backups;
    private final Optional<String> setupToken;
    private final AuditKeeping audit;
    private final Optional<CaptureWorkers> captureWorkers;
    private final KnownContentWiring known;
    private final HostingWork hosting;
    private final Exchange exchange;
    private final NoticeWiring notices;

    private Hotline(Configuration configuration, Database database, Web web, Housekeeping housekeeping,
            Optional<ScheduledBackups> backups, Optional<String> setupToken, AuditKeeping audit,
            Optional<CaptureWorkers> captureWorkers, KnownContentWiring known, HostingWork hosting, Exchange exchange,
            NoticeWiring notices) {
        this.exchange = exchange;
        this.notices = notices;
        this.audit = audit;
        this.known = known;
        this.captureWorkers = captureWorkers;
        this.hosting = hosting;
        this.configuration = configuration;
        this.database = database;
        this.web = web;
        this.housekeeping = housekeeping;
        this.backups = backups;
        this.setupToken = setupToken;
    }

    /** Starts everything; when this returns the program is serving. */
    public static Hotline start(Configuration configuration) {
        return start(configuration, Jurisdictions.settingsFrom(System.getenv()));
    }

    static Hotline start(Configuration configuration, JurisdictionSettings lawSettings) {
        return start(configuration, lawSettings, CLOCK);
    }

    /** Starts the program on the given clock: tests move time on (claims running out, welfare limits) without waiting. */
    static Hotline start(Configuration configuration, JurisdictionSettings lawSettings, Clock clock) {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(clock, "clock");
        Jurisdictions.Home home = home(configuration, lawSettings);
        PrometheusMeterRegistry metrics = Metrics.registry();
        Database database = Database.start(configuration.database(), metrics);
        var started = new Started(database);
        try {
            Ports ports = Ports.over(database, configuration, clock);
            Staff staff = staff(database, ports.audit(), ports.unitOfWork(), ports.buckets(), clock);
            started.hosting = HostingWork.start(configuration.hostingTrace(), ports.hosting(),
                    new PostgresCaptures(database), clock, Optional.of(HostingWork.EVERY));
            started.known = KnownContentWiring.start(database, ports.audit(), ports.unitOfWork(), clock);
            started.notices = NoticeWiring.start(configuration.notices(), database, ports.audit(), ports.unitOfWork(), clock);
            var referrals = new PostgresExchange(database);
            var network = new OutboxExchange(started.hosting.members()::has, referrals, referrals, clock,
                    UUID::randomUUID);
            Casework casework = casework(configuration, home, ports, started.hosting, network, started.notices);
            var knownAtCapture = new KnownContentAtCapture(new KnownItems(started.known.content(),
                    home.law().jurisdiction()), casework.knownContent());
            Capturing capturing = capturing(configuration.capture(), ports, casework.welfare(), knownAtCapture);
            var intake = new ReportIntake(ports.reports(), clock, UUID::randomUUID,
                    new IntakeRules(configuration.casework().foldWindow(), QueuePriority.standard()));
            var networkDesk = new NetworkDesk(new NetworkDesk.Ports(referrals, referrals, intake, ports.audit(),
                    ports.unitOfWork(), clock, UUID::randomUUID), started.known.content());
            var useCases = useCases(configuration, ports, staff, casework, capturing, started.known, intake)
                    .withReferrals(networkDesk).withContacts(started.notices.contacts());
            Metrics.bind(metrics, database, ports.cases(), casework.welfare(), staff.administration());
            LawChangesAtStart.report(casework.lawChanges());
            var operations = new Operations(database::ready, metrics, metrics::scrape, configuration.metricsToken());
            Web web = WebServer.create(configuration.web(), useCases, operations, configuration.timeZone());
            web.app().start(configuration.host(), configuration.port());
            started.web = web;
            String base = "http://" + displayHost(configuration.host()) + ":" + web.app().port();
            LOG.atInfo().addKeyValue("url", base + "/report").log("hotline serving");
            started.exchange = new Exchange(referrals, linkIfConnected(configuration.exchange(), referrals, networkDesk,
                    ports.audit(), clock));
            var rounds = new ScheduledRounds(database);
            return new Hotline(configuration, database, web, housekeeping(rounds, ports, staff, casework, capturing),
                    scheduledBackups(configuration, database, rounds),
                    offerSetUp(web, staff.administration(), base), ports.keeping(),
                    startCaptureWorkers(configuration.capture(), capturing.work()), started.known, started.hosting,
                    started.exchange, started.notices);
        } catch (IOException e) {
            started.undo();
            throw new java.io.UncheckedIOException("the backup directory cannot be used: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            started.undo();
            throw e;
        }
    }

    /** The home jurisdiction as configured, with the law adapters found, both logged. */
    private static Jurisdictions.Home home(Configuration configuration, JurisdictionSettings lawSettings) {
        Jurisdictions jurisdictions = Jurisdictions.discover(configuration);
        LOG.atInfo().addKeyValue("available", jurisdictions.describe()).log("law adapters found");
        Jurisdictions.Home home = jurisdictions.home(configuration.jurisdiction(), lawSettings);
        LOG.atInfo().addKeyValue("jurisdiction", home.jurisdiction().country())
                .addKeyValue("name", home.jurisdiction().name()).addKeyValue("ruleBook", home.law().ruleBookVersion())
                .log("home jurisdiction");
        return home;
    }

    /** What a start has begun and must undo if a later step fails: filled in step by step. */
    private static final class Started {
        private final Database database;
        private Web web;
        private KnownContentWiring known;
        private HostingWork hosting;
        private Exchange exchange;
        private NoticeWiring notices;

        Started(Database database) {
            this.database = database;
        }

        /** The web server, if it was serving, the known-content index and the hosting trace, then the database. */
        void undo() {
            if (web != null) {
                web.app().stop();
            }
            if (known != null) {
                known.close();
            }
            if (hosting != null) {
                hosting.close();
            }
            if (exchange != null) {
                exchange.link().ifPresent(ExchangeLink::close);
            }
            if (notices != null) {
                notices.close();
            }
            database.close();
        }
    }

    /** The PostgreSQL adapters every part of the program shares, and the audit trail as this run keeps it. */
    private record Ports(Database database, PostgresReports reports, PostgresCases cases, AuditKeeping keeping,
            PostgresAuditTrail audit, PostgresUnitOfWork unitOfWork, PostgresTokenBuckets buckets,
            PostgresAssessments assessments, HostingPorts hosting, Clock clock) {

        static Ports over(Database database, Configuration configuration, Clock clock) {
            var cases = new PostgresCases(database);
            AuditKeeping keeping = AuditKeeping.over(database, configuration);
            keeping.check(clock);
            var audit = keeping.trail();
            var unitOfWork = new PostgresUnitOfWork(database);
            var hosting = new HostingPorts(cases, new PostgresTraceJobs(database), new PostgresHostingTraces(database),
                    new PostgresSettlements(database), audit, unitOfWork, clock, UUID::randomUUID);
            return new Ports(database, new PostgresReports(database), cases, keeping, audit, unitOfWork,
                    new PostgresTokenBuckets(database, clock), new PostgresAssessments(database), hosting, clock);
        }
    }

    /** The analysts' work: welfare, claims, assessments and legal reviews, the law's changes, the hosting desk. */
    private record Casework(Welfare welfare, ClaimDesk claims, CaseQueue queue, AssessmentDesk desk,
            LegalReviewDesk legalReview, LawChanges lawChanges, HostingDesk hosting, CaseFiles caseFiles,
            KnownContentDesk knownContent, TakedownDesk takedowns, Rechecking rechecks, NoticeDesk notices,
            PoliceRequestDesk policeRequests) {

        UseCases.Casework useCases(Capturing capturing) {
            return new UseCases.Casework(queue, claims, desk, desk, caseFiles, welfare, welfare, welfare, welfare,
                    legalReview, lawChanges, new UseCases.Capturing(capturing.desk(), capturing.desk(), capturing.previews()),
                    hosting);
        }
    }

    private static Casework casework(Configuration configuration, Jurisdictions.Home home, Ports ports,
            HostingWork hostingWork, OutboxExchange network, NoticeWiring notices) {
        var settings = configuration.casework();
        ZoneId zone = configuration.timeZone();
        Database database = ports.database();
        Clock clock = ports.clock();
        var welfare = new Welfare(new PostgresExposureLog(database), new PostgresLimitLifts(database),
                new PostgresStaffMembers(database), ports.cases(), ports.audit(), ports.unitOfWork(), clock,
                new WelfareSettings(zone, new DailyLimit(settings.dailyLimit()),
                        new BreakReminder(settings.breakAfter(), BreakReminder.DEFAULT_SHORTEST_BREAK)));
        var claims = new ClaimDesk(ports.cases(), ports.cases(), welfare, ports.audit(), ports.unitOfWork(), clock,
                new ClaimSettings(settings.claimLength()));
        var noticeDesk = notices.desk(new PostgresHostingTraces(database), ports.assessments(),
                home.agreement().jurisdiction(), clock);
        var takedownPorts = new TakedownPorts(ports.cases(), new PostgresTakedowns(database),
                new QueuedHostNotices(noticeDesk), ports.audit(), ports.unitOfWork(), clock, UUID::randomUUID, zone,
                new ProgressToReferrer(network));
        var takedowns = new TakedownDesk(takedownPorts);
        var decisionPorts = new DecisionPorts(ports.cases(), ports.assessments(), welfare, ports.audit(),
                ports.unitOfWork(), clock, UUID::randomUUID, new Withdrawals(network, takedowns));
        return new Casework(welfare, claims, new CaseQueue(ports.cases(), clock),
                new AssessmentDesk(home.law(), decisionPorts, zone), new LegalReviewDesk(home.law(), decisionPorts, zone),
                new LawChanges(home.law(), ports.cases(), ports.assessments()),
                new HostingDesk(ports.hosting(), ports.assessments(), home.agreement(), network, hostingWork.data(),
                        new PostgresCaptures(database), takedowns),
                new CaseFiles(ports.cases(), ports.reports(), ports.assessments(), ports.audit(), ports.unitOfWork(),
                        clock),
                new KnownContentDesk(home.law(), decisionPorts, zone), takedowns,
                rechecking(configuration, ports, hostingWork, takedowns, noticeDesk), noticeDesk,
                new PoliceRequestDesk(takedownPorts, new PostgresPoliceRequests(database)));
    }

    /** The re-checks of running takedowns, and how often they run. */
    private record Rechecking(RecheckWork work, java.time.Duration every) {
    }

    /**
     * Re-checks through a capturer of their own over the configured fetcher (its bounds, proxy and allowed ranges):
     * a gone page ends the takedown through the desk, a moved one asks the hosting trace again, content still up
     * leads to the notice desk's reminder or escalation where one is due.
     */
    private static Rechecking rechecking(Configuration configuration, Ports ports, HostingWork hostingWork,
            EndTakedown takedowns, FollowUps followUps) {
        Database database = ports.database();
        var capturer = new PageCapturer(new GuardedFetcher(configuration.capture().settings()), ports.clock(),
                io.vavr.control.Option.some(new ImageExaminer(ImageLimits.DEFAULT)));
        var work = new RecheckWork(new RecheckPorts(new PostgresTakedowns(database), ports.cases(), capturer,
                new PostgresCaptures(database), new PostgresSettlements(database), hostingWork.data(),
                new PostgresTraceJobs(database), takedowns, new PostgresRechecks(database), ports.clock(),
                UUID::randomUUID), followUps);
        return new Rechecking(work, configuration.capture().recheckEvery());
    }

    /** Every use case the web offers: intake, lookups, partners, staff, the casework and known content. */
    private static UseCases useCases(Configuration configuration, Ports ports, Staff staff, Casework casework,
            Capturing capturing, KnownContentWiring known, ReportIntake intake) {
        Database database = ports.database();
        Clock clock = ports.clock();
        var rateLimit = configuration.web().rateLimit();
        return new UseCases(
                intake,
                new ReportLookup(ports.reports()),
                casework.queue(),
                new CaseFinder(ports.reports(), ports.cases(), ports.cases()),
                new PartnerRegistry(new PostgresPartners(database), clock, UUID::randomUUID),
                new ReportRateLimit(ports.buckets(), Allowance.perMinute(rateLimit.perMinute(), rateLimit.burst())),
                staff.access(), staff.access(), staff.access(), staff.sessions(), staff.administration(),
                casework.useCases(capturing))
                .withKnownContent(known.web()).withTakedowns(new UseCases.TakedownWork(casework.takedowns(),
                        casework.takedowns(), casework.notices(), io.vavr.control.Option.some(casework.policeRequests())))
                .withStatistics(new StatisticsDesk(new PostgresStatistics(database), clock, configuration.timeZone()))
                .withRechecks(casework.rechecks().work());
    }

    /** The hotline's side of the network exchange: its referrals and outbox, and its link to the hub when connected. */
    private record Exchange(PostgresExchange referrals, Optional<ExchangeLink> link) {
    }

    /** The link to the hub, when the hub's address and the member token are configured. */
    private static Optional<ExchangeLink> linkIfConnected(Configuration.ExchangeSettings settings, PostgresExchange referrals,
            NetworkDesk desk, AuditTrail audit, Clock clock) {
        if (!settings.connected()) {
            LOG.atInfo().log("exchange not connected (HOTLINE_EXCHANGE_URL): referrals wait in the outbox");
            return Optional.empty();
        }
        LOG.atInfo().addKeyValue("hub", settings.hub().get()).log("exchange connected");
        return Optional.of(ExchangeLink.start(referrals, new HubClient(settings.hub().get(), settings.token().get()), desk,
                audit, clock, settings.every()));
    }

    /** The rounds of tidying up and of first captures, started; each runs once across the instances. */
    private static Housekeeping housekeeping(ScheduledRounds scheduled, Ports ports, Staff staff, Casework casework,
            Capturing capturing) {
        var rounds = new java.util.ArrayList<>(housekeeping(casework.claims(), ports.buckets(), staff.access()));
        rounds.add(new Housekeeping.Round("new-captures", NEW_CAPTURES_EVERY,
                () -> capturing.work().requestNewCases(NEW_CAPTURES_PER_ROUND), "new cases were given their first capture"));
        rounds.add(new Housekeeping.Round(RECHECKS, casework.rechecks().every(), casework.rechecks().work()::round,
                "the running takedowns' addresses were checked again"));
        return Housekeeping.start(scheduled, rounds);
    }

    /** The round that re-checks the running takedowns (once across the instances). */
    static final String RECHECKS = "takedown-rechecks";

    /** How often the round that gives new cases their first capture runs (once across the instances). */
    static final java.time.Duration NEW_CAPTURES_EVERY = java.time.Duration.ofSeconds(5);
    /** Most cases given a job by one round; the next round takes the rest. */
    static final int NEW_CAPTURES_PER_ROUND = 500;

    /** Captures: the worker's side (jobs run and kept), the staff's (the desk) and previews made on request. */
    private record Capturing(CaptureWork work, CaptureDesk desk, Previews previews) {
    }

    /**
     * Capture over the guarded fetcher, the page capturer and the image examiner; a job's lease outlasts the longest
     * capture by five minutes, so that only a worker that died or hung loses its job. Every item is matched against
     * the lists of known content, and a case whose items are all known as illegal is classified by the system.
     */
    private static Capturing capturing(Configuration.CaptureConfiguration capture, Ports ports, Welfare welfare,
            KnownAtCapture known) {
        Database database = ports.database();
        Clock clock = ports.clock();
        var unitOfWork = ports.unitOfWork();
        CaptureSettings settings = capture.settings();
        LOG.atInfo().addKeyValue("settings", settings.describe()).addKeyValue("workers", capture.workers())
                .log("capture");
        var fetcher = new GuardedFetcher(settings);
        var jobs = new PostgresCaptureJobs(database);
        var captures = new PostgresCaptures(database);
        var capturer = new PageCapturer(fetcher, clock, io.vavr.control.Option.some(new ImageExaminer(ImageLimits.DEFAULT)));
        var work = new CaptureWork(capturer, jobs, captures, unitOfWork, clock, UUID::randomUUID, RetryPolicy.defaults(),
                settings.totalTime().plus(java.time.Duration.ofMinutes(5)), known);
        var desk = new CaptureDesk(ports.cases(), jobs, captures, ports.audit(), unitOfWork, clock, UUID::randomUUID);
        var previews = new Previews(ports.cases(), captures, fetcher, new PictureRenderer(ImageLimits.DEFAULT),
                new RecentPreviewCache(), welfare);
        return new Capturing(work, desk, previews);
    }

    /** This instance's capture workers, unless it runs none ({@code HOTLINE_CAPTURE_WORKERS=0}). */
    private static Optional<CaptureWorkers> startCaptureWorkers(Configuration.CaptureConfiguration capture,
            CaptureWork work) {
        return capture.workers() == 0 ? Optional.empty()
                : Optional.of(CaptureWorkers.start(work, capture.workers(), CaptureWorkers.POLL));
    }

    /** Staff and how they sign in, over the database. */
    private record Staff(PostgresStaffMembers members, StaffAccess access, StaffAdministration administration,
            StaffSessions sessions) {
    }

    private static Staff staff(Database database, PostgresAuditTrail audit, PostgresUnitOfWork unitOfWork,
            TokenBuckets buckets, Clock clock) {
        var members = new PostgresStaffMembers(database);
        var guards = new PostgresSignInGuards(database);
        var ports = new StaffPorts(members, new PostgresSessions(database), new Argon2idHasher(), new SecureTokens(), audit,
                unitOfWork, clock, new StaffPorts.Guards(guards, buckets, guards));
        return new Staff(members, new StaffAccess(ports, SignInPolicy.STANDARD, SessionPolicy.STANDARD),
                new StaffAdministration(ports, UUID::randomUUID), new StaffSessions(ports, SessionPolicy.STANDARD));
    }

    /** Backups the running program writes, when a directory is configured; once across the instances. */
    private static Optional<ScheduledBackups> scheduledBackups(Configuration configuration, Database database,
            ScheduledRounds rounds) throws IOException {
        if (configuration.backups().isEmpty()) {
            return Optional.empty();
        }
        var schedule = configuration.backups().get();
        return Optional.of(ScheduledBackups.start(new Backups(database), schedule.directory(), schedule.keep(),
                schedule.every(), rounds));
    }

    /** The rounds of tidying up, each run once across the instances on the database. */
    private static java.util.List<Housekeeping.Round> housekeeping(ClaimDesk claims, TokenBuckets buckets,
            StaffAccess access) {
        return java.util.List.of(
                new Housekeeping.Round("lapsed-claims", java.time.Duration.ofMinutes(1), claims::releaseLapsed,
                        "claims that ran out were given back to the queue"),
                new Housekeeping.Round("unknown-sign-ins", java.time.Duration.ofMinutes(1), access::reportUnknownSignIns,
                        "sign-ins for unknown usernames were written to the audit trail"),
                new Housekeeping.Round("idle-rate-buckets", java.time.Duration.ofMinutes(10),
                        () -> buckets.forgetIdle(java.time.Duration.ofDays(1)), "rate buckets of quiet clients were forgotten"));
    }

    /**
     * When the hotline has no active administrator, draws the one-time set-up token and tells the operator where to
     * use it, in the log and on standard output (the token is kept in memory only).
     */
    private static java.util.Optional<String> offerSetUp(Web web, StaffAdministration staff, String base) {
        java.util.Optional<String> token;
        try {
            token = web.setup().openIfNeeded(staff);
        } catch (Unavailable e) {
            LOG.atWarn().log("the database is unavailable, so it is unknown whether an administrator exists; "
                    + "restart once it answers to get a set-up address if one is needed");
            return java.util.Optional.empty();
        }
        token.ifPresent(secret -> {
            String url = base + "/setup?token=" + secret;
            LOG.atWarn().addKeyValue("url", url).log("no administrator yet: open the set-up address, once, to create the first one");
            System.out.println("No administrator yet. Create the first one, once, at: " + url);
        });
        return token;
    }

    /** The set-up token this run drew because no administrator existed at its start; empty otherwise. */
    java.util.Optional<String> setupToken() {
        return setupToken;
    }

    /** The web server as configured, with its route table. */
    Web web() {
        return web;
    }

    Database database() {
        return database;
    }

    /** Runs every round of housekeeping that is due now, as the schedule's next tick would. */
    void housekeepNow() {
        housekeeping.tick();
    }

    /** Re-checks the running takedowns now, as the hourly round would. */
    void recheckNow() {
        housekeeping.runNow(RECHECKS);
    }

    /** Runs a round of hosting traces now, as the worker's next round would. */
    void traceNow() {
        hosting.traceNow();
    }

    /** Runs a round with the hub now, as the link's next round would; nothing when not connected. */
    void exchangeNow() {
        exchange.link().ifPresent(ExchangeLink::round);
    }

    /** Reconciles with the hub now, as the daily round does (tests). */
    Optional<org.hotline.domain.exchange.NetworkReconciliation.Outcome> reconcileNow() {
        return exchange.link().map(ExchangeLink::reconcile);
    }

    /** The referrals this hotline sent and received, and its outbox. */
    PostgresExchange referrals() {
        return exchange.referrals();
    }

    /** Sends the notices due now, as the outbox's next round would; nothing when no mail server is set. */
    void sendNoticesNow() {
        notices.sendNow();
    }

    /** The notices and the contact registry. */
    NoticeWiring notices() {
        return notices;
    }

    /** Reads newer IP data now, as the minute's check would. */
    void refreshIpData() {
        hosting.refreshData();
    }

    /** The audit trail as this run keeps it, with its key and anchor. */
    AuditKeeping audit() {
        return audit;
    }

    public int port() {
        return web.app().port();
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Stops taking requests, lets those in flight finish, then closes the database. */
    @Override
    public void close() {
        LOG.info("hotline stopping");
        web.app().stop();
        exchange.link().ifPresent(ExchangeLink::close);
        notices.close();
        captureWorkers.ifPresent(CaptureWorkers::close);
        housekeeping.close();
        known.close();
        hosting.close();
        backups.ifPresent(ScheduledBackups::close);
        audit.close();
        database.close();
        LOG.info("hotline stopped");
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    }
}
