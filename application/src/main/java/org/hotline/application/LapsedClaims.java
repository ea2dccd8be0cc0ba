package org.hotline.application;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import org.hotline.domain.assessment.ReleaseLapsedClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tidies up claims that ran out, on a daemon thread at a fixed interval, so that the lists and the audit trail show
 * them given back. Housekeeping only: the domain counts a claim that ran out as free whether or not it was tidied.
 */
final class LapsedClaims implements AutoCloseable {

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(LapsedClaims.class);

    private final ReleaseLapsedClaims claims;
    private final ScheduledExecutorService schedule;

    private LapsedClaims(ReleaseLapsedClaims claims) {
        this.claims = claims;
        this.schedule = Rounds.every(EVERY, "lapsed-claims", this::tidy);
    }

    static LapsedClaims start(ReleaseLapsedClaims claims) {
        return new LapsedClaims(claims);
    }

    /** One round; a failure (the database away, say) is logged and the next round tries again. */
    void tidy() {
        try {
            int released = claims.releaseLapsed();
            if (released > 0) {
                LOG.atInfo().addKeyValue("released", released).log("claims that ran out were given back to the queue");
            }
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("cause", e.getMessage()).log("claims that ran out could not be tidied up this round");
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
