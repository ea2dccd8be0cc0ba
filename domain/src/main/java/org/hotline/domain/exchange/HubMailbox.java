package org.hotline.domain.exchange;

import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * What the hub keeps: the messages it took (each once, by its identifier), what it holds for each member until
 * acknowledged, and the route of every referral.
 */
@SecondaryPort
public interface HubMailbox {

    /** True when the hub took a message with this identifier from this member before. */
    boolean seen(MemberId sender, UUID messageId);

    /** Holds a message for its recipient; false when it holds it already (nothing changed). */
    boolean hold(Delivery delivery);

    Option<Route> route(ReferralId referral);

    /** Keeps a referral's route, or replaces it when the referral moved on. */
    void route(Route route);

    /** What waits for the member, oldest first. */
    Seq<Delivery> waiting(MemberId recipient, int limit);

    /** Marks the member's messages as delivered; the number that were waiting. */
    int acknowledge(MemberId recipient, Seq<UUID> messageIds);

    /** Per member: messages taken from it, messages waiting for it. */
    Seq<Traffic> traffic();

    /** A member's traffic through the hub. */
    record Traffic(MemberId member, long sent, long waiting, long delivered) {
    }
}
