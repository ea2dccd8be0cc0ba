package org.hotline.application;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresKnownContent;
import org.hotline.adapters.persistence.PostgresKnownLists;
import org.hotline.adapters.persistence.knowncontent.ListFiles;
import org.hotline.adapters.web.KnownWork;
import org.hotline.domain.Clock;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.knowncontent.ManageKnownLists;
import org.hotline.domain.knowncontent.MatchKnownHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Known content as the running program holds it: the index built from the tables at start, refreshed every
 * {@link #REFRESH} (so that imports and retractions of this instance and of every other reach it), the lists page and
 * matches API over it. Closing stops the refreshes.
 */
final class KnownContentWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnownContentWiring.class);

    /** How often the index takes in the changes of the tables. */
    static final Duration REFRESH = Duration.ofSeconds(2);

    /** The largest list file an administrator may upload: 2 GiB. */
    static final long UPLOAD_LIMIT = 2L * 1024 * 1024 * 1024;

    private final PostgresKnownContent content;
    private final KnownWork web;
    private final ScheduledExecutorService refreshes;

    private KnownContentWiring(PostgresKnownContent content, KnownWork web, ScheduledExecutorService refreshes) {
        this.content = content;
        this.web = web;
        this.refreshes = refreshes;
    }

    static KnownContentWiring start(Database database, AuditTrail audit, UnitOfWork units, Clock clock) {
        PostgresKnownContent content = PostgresKnownContent.over(database);
        build(content);
        var lists = new ManageKnownLists(new PostgresKnownLists(database), audit, units, clock);
        var web = new KnownWork(lists, new MatchKnownHashes(content, audit, units, clock), ListFiles::feed, UPLOAD_LIMIT);
        ScheduledExecutorService refreshes = Rounds.daemon("known-content-refresh");
        Rounds.repeat(refreshes, REFRESH, () -> refresh(content));
        return new KnownContentWiring(content, web, refreshes);
    }

    /**
     * Builds the index at start; when the database does not answer yet, the program starts all the same and the first
     * refresh that reaches it builds the index whole.
     */
    private static void build(PostgresKnownContent content) {
        long started = System.nanoTime();
        try {
            content.refresh();
            LOG.atInfo().addKeyValue("stored", content.statistics().stored()).addKeyValue("bytes", content.statistics().bytes())
                    .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000).log("known content index built");
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("error", e.getClass().getSimpleName())
                    .log("known content index not built yet: the database does not answer; it is built when it does");
        }
    }

    private static void refresh(PostgresKnownContent content) {
        try {
            content.refresh();
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("error", e.getClass().getSimpleName())
                    .log("known content index not refreshed; trying again at the next round");
        }
    }

    /** The lookups of the index: what capture matches items against. */
    PostgresKnownContent content() {
        return content;
    }

    /** What the web offers of known content. */
    KnownWork web() {
        return web;
    }

    @Override
    public void close() {
        Rounds.stop(refreshes);
    }
}
