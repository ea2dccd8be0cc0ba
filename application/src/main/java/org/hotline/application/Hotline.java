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
import org.hotline.adapters.persistence.PostgresAuditTrail;
import org.hotline.adapters.persistence.PostgresCases;
import org.hotline.adapters.persistence.PostgresExposureLog;
import org.hotline.adapters.persistence.PostgresLimitLifts;
import org.hotline.adapters.persistence.PostgresPartners;
import org.hotline.adapters.persistence.PostgresReports;
import org.hotline.adapters.persistence.PostgresSessions;
import org.hotline.adapters.persistence.PostgresStaffMembers;
import org.hotline.adapters.persistence.PostgresUnitOfWork;
import org.hotline.adapters.web.Operations;
import org.hotline.adapters.web.UseCases;
import org.hotline.adapters.web.Web;
import org.hotline.adapters.web.WebServer;
import org.hotline.adapters.web.security.Argon2idHasher;
import org.hotline.adapters.web.security.SecureTokens;
import org.hotline.domain.Clock;
import org.hotline.domain.Unavailable;
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
    private final LapsedClaims lapsedClaims;
    private final Optional<ScheduledBackups> backups;
    private final Optional<String> setupToken;

    private Hotline(Configuration configuration, Database database, Web web, LapsedClaims lapsedClaims,
            Optional<ScheduledBackups> backups, Optional<String> setupToken) {
        this.configuration = configuration;
        this.database = database;
        this.web = web;
        this.lapsedClaims = lapsedClaims;
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
        Jurisdictions jurisdictions = Jurisdictions.discover(configuration);
        LOG.atInfo().addKeyValue("available", jurisdictions.describe()).log("law adapters found");
        Jurisdictions.Home home = jurisdictions.home(configuration.jurisdiction(), lawSettings);
        LOG.atInfo().addKeyValue("jurisdiction", home.jurisdiction().country())
                .addKeyValue("name", home.jurisdiction().name()).addKeyValue("ruleBook", home.law().ruleBookVersion())
                .log("home jurisdiction");
        PrometheusMeterRegistry metrics = Metrics.registry();
        Database database = Database.start(configuration.database(), metrics);
        Web started = null;
        try {
            var reports = new PostgresReports(database);
            var cases = new PostgresCases(database);
            var audit = new PostgresAuditTrail(database);
            var unitOfWork = new PostgresUnitOfWork(database);
            var staffPorts = new StaffPorts(new PostgresStaffMembers(database), new PostgresSessions(database),
                    new Argon2idHasher(), new SecureTokens(), audit, unitOfWork, clock);
            var staffAccess = new StaffAccess(staffPorts, LockoutPolicy.STANDARD, SessionPolicy.STANDARD);
            var staffAdministration = new StaffAdministration(staffPorts, UUID::randomUUID);
            var casework = configuration.casework();
            ZoneId zone = configuration.timeZone();
            var welfare = new Welfare(new PostgresExposureLog(database), new PostgresLimitLifts(database), cases, audit,
                    unitOfWork, clock, new WelfareSettings(zone, new DailyLimit(casework.dailyLimit()),
                            new BreakReminder(casework.breakAfter(), BreakReminder.DEFAULT_SHORTEST_BREAK)));
            var claims = new ClaimDesk(cases, cases, welfare, audit, unitOfWork, clock,
                    new ClaimSettings(casework.claimLength()));
            var assessments = new PostgresAssessments(database);
            var notYetConnected = new NotYetConnected();
            var decisionPorts = new DecisionPorts(cases, assessments, welfare, audit, unitOfWork, clock, UUID::randomUUID,
                    new Withdrawals(notYetConnected, notYetConnected));
            var desk = new AssessmentDesk(home.law(), decisionPorts, zone);
            var lawChanges = new LawChanges(home.law(), cases, assessments);
            var queue = new CaseQueue(cases, clock);
            var useCases = new UseCases(
                    new ReportIntake(reports, clock, UUID::randomUUID,
                            new IntakeRules(casework.foldWindow(), QueuePriority.standard())),
                    new ReportLookup(reports),
                    queue,
                    new PartnerRegistry(new PostgresPartners(database), clock, UUID::randomUUID),
                    staffAccess, staffAccess, staffAdministration,
                    new UseCases.Casework(queue, claims, desk, desk,
                            new CaseFiles(cases, reports, assessments, audit, unitOfWork, clock),
                            welfare, welfare, welfare, welfare, new LegalReviewDesk(home.law(), decisionPorts, zone),
                            lawChanges));
            Metrics.bind(metrics, database, cases, welfare);
            LawChangesAtStart.report(lawChanges);
            var operations = new Operations(database::ready, metrics, metrics::scrape, configuration.metricsToken());
            Web web = WebServer.create(configuration.web(), useCases, operations, zone);
            web.app().start(configuration.host(), configuration.port());
            started = web;
            String base = "http://" + displayHost(configuration.host()) + ":" + web.app().port();
            LOG.atInfo().addKeyValue("url", base + "/report").log("hotline serving");
            Optional<ScheduledBackups> backups = Optional.empty();
            if (configuration.backups().isPresent()) {
                var schedule = configuration.backups().get();
                backups = Optional.of(ScheduledBackups.start(new Backups(database), schedule.directory(), schedule.keep(),
                        schedule.every()));
            }
            return new Hotline(configuration, database, web, LapsedClaims.start(claims), backups,
                    offerSetUp(web, staffAdministration, base));
        } catch (IOException e) {
            stop(started, database);
            throw new java.io.UncheckedIOException("the backup directory cannot be used: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stop(started, database);
            throw e;
        }
    }

    /** Undoes a start that failed half-way: the web server, if it was serving, then the database. */
    private static void stop(Web started, Database database) {
        if (started != null) {
            started.app().stop();
        }
        database.close();
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
        lapsedClaims.close();
        backups.ifPresent(ScheduledBackups::close);
        database.close();
        LOG.info("hotline stopped");
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    }
}
