package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels through the network's hub: a referral or a status of one. Each message carries its own identifier,
 * drawn once by the hotline that writes it: sent again after a failure it is the same message, and the hub and the
 * receiving hotline take it once (at-least-once delivery, idempotent receipt).
 */
public sealed interface ExchangeMessage permits Referral, StatusReport {

    /** The message's identifier, its idempotency key everywhere. */
    UUID messageId();

    /** The referral the message is, or is about. */
    ReferralId referral();

    /** When its writer wrote it. */
    Instant at();
}
