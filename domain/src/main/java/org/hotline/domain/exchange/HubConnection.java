package org.hotline.domain.exchange;

import java.util.UUID;

import io.vavr.collection.Seq;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The hotline's connection to the network's hub. Every call either gets the hub's answer or fails with
 * {@link org.hotline.domain.Unavailable} (the hub could not be reached, or answered with a fault of its own), after
 * which the caller tries again later: nothing is lost, since messages leave the outbox only once the hub took them, and
 * nothing is doubled, since the hub and the hotline take each message once by its identifier.
 */
@SecondaryPort
public interface HubConnection {

    /** Sends messages to the hub; per message, in order, what the hub made of it. */
    Seq<HubDesk.Outcome> send(Seq<ExchangeMessage> messages);

    /** What the hub holds for this hotline, oldest first. */
    Seq<ExchangeMessage> fetch(int limit);

    /** Tells the hub these messages were taken, so that it holds them no longer. */
    void acknowledge(Seq<UUID> messageIds);

    /** The daily reconciliation: what the hub does not know of what this hotline sent, and what it delivers again. */
    Reconciliation.Answer reconcile(Reconciliation account);
}
