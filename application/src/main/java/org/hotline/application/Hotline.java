package org.hotline.application;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hotline.adapters.persistence.Backups;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresCases;
import org.hotline.adapters.persistence.PostgresPartners;
import org.hotline.adapters.persistence.PostgresReports;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.hotline.adapters.web.Operations;
import org.hotline.adapters.web.UseCases;
import org.hotline.adapters.web.Web;
import org.hotline.adapters.web.WebServer;
import org.hotline.domain.Clock;
import org.hotline.domain.partner.PartnerRegistry;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.report.CaseQueue;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportLookup;
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
    private final Optional<ScheduledBackups> backups;

    private Hotline(Configuration configuration, Database database, Web web, Optional<ScheduledBackups> backups) {
        this.configuration = configuration;
        this.database = database;
        this.web = web;
        this.backups = backups;
    }

    /** Starts everything; when this returns the program is serving. */
    public static Hotline start(Configuration configuration) {
        return start(configuration, Jurisdictions.settingsFrom(System.getenv()));
    }

    static Hotline start(Configuration configuration, JurisdictionSettings lawSettings) {
        Objects.requireNonNull(configuration, "configuration");
        Clock clock = CLOCK;
        Jurisdictions jurisdictions = Jurisdictions.discover(Hotline.class.getClassLoader());
        LOG.atInfo().addKeyValue("available", jurisdictions.describe()).log("law adapters found");
        Jurisdictions.Home home = jurisdictions.home(configuration.jurisdiction(), lawSettings);
        LOG.atInfo().addKeyValue("jurisdiction", home.jurisdiction().country())
                .addKeyValue("name", home.jurisdiction().name()).log("home jurisdiction");
        PrometheusMeterRegistry metrics = Metrics.registry();
        Database database = Database.start(configuration.database(), metrics);
        try {
            var reports = new PostgresReports(database);
            var cases = new PostgresCases(database);
            var useCases = new UseCases(
                    new ReportIntake(reports, clock, UUID::randomUUID),
                    new ReportLookup(reports),
                    new CaseQueue(cases),
                    new PartnerRegistry(new PostgresPartners(database), clock, UUID::randomUUID));
            Metrics.bind(metrics, database, cases);
            var operations = new Operations(database::ready, metrics, metrics::scrape, configuration.metricsToken());
            Web web = WebServer.create(configuration.web(), useCases, operations, configuration.timeZone());
            web.app().start(configuration.host(), configuration.port());
            LOG.atInfo().addKeyValue("url", "http://" + displayHost(configuration.host()) + ":" + web.app().port() + "/report")
                    .log("hotline serving");
            Optional<ScheduledBackups> backups = Optional.empty();
            if (configuration.backups().isPresent()) {
                var schedule = configuration.backups().get();
                backups = Optional.of(ScheduledBackups.start(new Backups(database), schedule.directory(), schedule.keep(),
                        schedule.every()));
            }
            return new Hotline(configuration, database, web, backups);
        } catch (IOException e) {
            database.close();
            throw new java.io.UncheckedIOException("the backup directory cannot be used: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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
        backups.ifPresent(ScheduledBackups::close);
        database.close();
        LOG.info("hotline stopped");
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    }
}
