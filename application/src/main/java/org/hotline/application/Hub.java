package org.hotline.application;

import java.util.Objects;
import java.util.UUID;

import io.javalin.Javalin;
import org.hotline.adapters.exchange.hub.HubServer;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresHub;
import org.hotline.adapters.persistence.PostgresUnitOfWork;
import org.hotline.adapters.web.security.SecureTokens;
import org.hotline.domain.Clock;
import org.hotline.domain.Sha256;
import org.hotline.domain.exchange.ExchangeHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program as the network's hub ({@code HOTLINE_ROLE=hub}): its own database (members, taken messages, routes,
 * deliveries, the audit trail) and the exchange protocol's server. No law adapter, no staff pages. Wiring only.
 */
public final class Hub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Hub.class);

    private final Database database;
    private final AuditKeeping audit;
    private final Javalin server;

    private Hub(Database database, AuditKeeping audit, Javalin server) {
        this.database = database;
        this.audit = audit;
        this.server = server;
    }

    public static Hub start(Configuration configuration) {
        return start(configuration, Hotline.CLOCK);
    }

    static Hub start(Configuration configuration, Clock clock) {
        Objects.requireNonNull(configuration, "configuration");
        Database database = Database.start(configuration.database(), Metrics.registry());
        AuditKeeping keeping = null;
        try {
            keeping = AuditKeeping.over(database, configuration);
            keeping.check(clock);
            var store = new PostgresHub(database);
            var hub = new ExchangeHub(new ExchangeHub.Ports(store, store, keeping.trail(), new PostgresUnitOfWork(database),
                    clock, UUID::randomUUID, new SecureTokens()));
            var settings = new HubServer.Settings(configuration.web().maxBodyBytes(),
                    configuration.exchange().administratorToken().map(Sha256::hex));
            Javalin server = HubServer.create(hub, settings).start(configuration.host(), configuration.port());
            LOG.atInfo().addKeyValue("url", "http://" + configuration.host() + ":" + server.port() + "/exchange/v1")
                    .addKeyValue("administration", settings.administratorTokenDigest().isPresent() ? "on" : "off")
                    .log("hub serving");
            return new Hub(database, keeping, server);
        } catch (RuntimeException e) {
            if (keeping != null) {
                keeping.close();
            }
            database.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    Database database() {
        return database;
    }

    /** Stops taking requests, lets those in flight finish, then closes the database. */
    @Override
    public void close() {
        LOG.info("hub stopping");
        server.stop();
        audit.close();
        database.close();
        LOG.info("hub stopped");
    }
}
