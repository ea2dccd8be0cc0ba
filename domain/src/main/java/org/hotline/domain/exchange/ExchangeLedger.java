package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What a hotline kept of its traffic with the hub, as the daily reconciliation reads and repairs it. */
@SecondaryPort
public interface ExchangeLedger {

    /** The messages (referrals and statuses) this hotline wrote that the hub took in the period. */
    Seq<UUID> sentBetween(Instant from, Instant until);

    /** The messages this hotline received from the network and kept in the period. */
    Seq<UUID> receivedBetween(Instant from, Instant until);

    /**
     * Puts these messages of this hotline, sent before, back in the outbox (referrals before statuses), as not yet
     * sent; the number put back. Identifiers that are not this hotline's messages are passed over.
     */
    int sendAgain(Seq<UUID> messageIds);
}
