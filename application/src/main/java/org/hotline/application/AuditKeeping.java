package org.hotline.application;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.hotline.adapters.persistence.AuditKey;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.FileAuditAnchors;
import org.hotline.adapters.persistence.HmacAuditSeal;
import org.hotline.adapters.persistence.PostgresAuditTrail;
import org.hotline.domain.Clock;
import org.hotline.domain.Unavailable;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditAnchor;
import org.hotline.domain.audit.AuditChain;
import org.hotline.domain.audit.AuditRecord;
import org.hotline.domain.audit.AuditTrailVerifier;
import org.hotline.domain.audit.AuditVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail as the program keeps it: records in the database, sealed with the key from the configuration or
 * the data directory, and anchored in the data directory, outside the database.
 */
final class AuditKeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditKeeping.class);

    private final PostgresAuditTrail trail;
    private final HmacAuditSeal seal;
    private final FileAuditAnchors anchors;
    private final String configurationDirectory;

    private AuditKeeping(PostgresAuditTrail trail, HmacAuditSeal seal, FileAuditAnchors anchors, String directory) {
        this.configurationDirectory = directory;
        this.trail = trail;
        this.seal = seal;
        this.anchors = anchors;
    }

    /** The trail over the database, with the key and the anchor of this configuration. */
    static AuditKeeping over(Database database, Configuration configuration) {
        try {
            HmacAuditSeal seal = new HmacAuditSeal(AuditKey.load(configuration.auditKey(), configuration.dataDirectory()));
            FileAuditAnchors anchors = FileAuditAnchors.in(configuration.dataDirectory(), seal);
            return new AuditKeeping(new PostgresAuditTrail(database, seal, anchors), seal, anchors,
                    configuration.dataDirectory().toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("the audit key cannot be read or made in " + configuration.dataDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * At start-up: begins an empty trail with a first record, anchors a trail that has no anchor yet, and says at once, in the log, when the trail no longer
     * reaches its anchor (records removed from its end, or the trail rewritten). It does not stop the program: the
     * hotline keeps serving, and {@code audit verify} tells the whole story.
     */
    void check(Clock clock) {
        try {
            if (trail.head().sequence() == 0) {
                // The trail's first record: from now on an empty trail means one that was emptied.
                trail.record(AuditEntry.bySystem(clock.instant(), "audit.trail_started", "audit:trail", "",
                        "sealed; anchored in " + configurationDirectory));
            }
            anchors.begin(trail.head());
            AuditAnchor anchor = anchors.latest().get();
            long anchored = anchor.head().sequence();
            String found = anchored == 0 ? anchor.head().hash()
                    : trail.after(anchored - 1, 1).find(r -> r.sequence() == anchored).map(AuditRecord::hash).getOrElse("");
            var reached = AuditChain.reaches(trail.head(), anchor, found);
            if (reached.isLeft()) {
                LOG.atError().addKeyValue("record", reached.getLeft().sequence())
                        .log("the audit trail does not reach its anchor: " + reached.getLeft().reason()
                                + "; run 'audit verify'");
            }
        } catch (Unavailable e) {
            LOG.atWarn().log("the database is unavailable: the audit trail's anchor is checked at the next start");
        }
    }

    PostgresAuditTrail trail() {
        return trail;
    }

    FileAuditAnchors anchors() {
        return anchors;
    }

    AuditVerification verify() {
        return new AuditTrailVerifier(trail, seal, anchors).verify();
    }

    /** Writes the anchor to the log a last time. */
    @Override
    public void close() {
        anchors.close();
    }
}
