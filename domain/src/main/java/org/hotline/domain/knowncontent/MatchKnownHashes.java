package org.hotline.domain.knowncontent;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.Clock;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.partner.PartnerId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A partner asks which of its hashes are known: up to {@value #MOST} hashes a call, answered with the entries they
 * match and their classification, nothing else of the lists. Every call is audited (how many asked, how many known),
 * the hashes themselves are not written down.
 */
@PrimaryPort
public final class MatchKnownHashes {

    /** Most hashes one call may ask about. */
    public static final int MOST = 1000;

    private final KnownContent content;
    private final AuditTrail audit;
    private final UnitOfWork units;
    private final Clock clock;

    public MatchKnownHashes(KnownContent content, AuditTrail audit, UnitOfWork units, Clock clock) {
        this.content = Objects.requireNonNull(content, "content");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.units = Objects.requireNonNull(units, "units");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The hashes asked about that are known, with their matches; refused when there are none or too many. */
    public Either<String, Map<KnownHash, Seq<KnownMatch>>> lookUp(PartnerId partner, Seq<KnownHash> hashes) {
        Objects.requireNonNull(partner, "partner");
        if (hashes.isEmpty() || hashes.size() > MOST) {
            return Either.left("ask about 1 to " + MOST + " hashes a call, not " + hashes.size());
        }
        Map<KnownHash, Seq<KnownMatch>> found = content.lookUp(hashes);
        Instant now = clock.instant();
        units.inOneUnit(() -> {
            audit.record(AuditEntry.bySystem(now, "known.partner_lookup", "partner:" + partner, "",
                    hashes.size() + " hashes asked, " + found.size() + " known"));
            return null;
        });
        return Either.right(found);
    }
}
