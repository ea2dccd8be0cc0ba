package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * What the hub keeps: the messages it took (each once, by its identifier), what it holds for each member until
 * acknowledged, and the route of every referral.
 */
@SecondaryPort
public interface HubMailbox {

    /** Of these identifiers, those of the messages the hub took from this member before. */
    Set<UUID> seen(MemberId sender, Seq<UUID> messageIds);

    /** Holds messages for their recipients, each once per recipient (one held already is left as it is). */
    void hold(Seq<Delivery> deliveries);

    /** The routes of those of these referrals that the hub routed. */
    Map<ReferralId, Route> routes(Seq<ReferralId> referrals);

    /** Keeps referrals' routes, or replaces them when the referrals moved on. */
    void route(Seq<Route> routes);

    /** What waits for the member, oldest first. */
    Seq<Delivery> waiting(MemberId recipient, int limit);

    /** Marks the member's messages as delivered; the number that were waiting. */
    int acknowledge(MemberId recipient, Seq<UUID> messageIds);

    /**
     * Makes the messages delivered to the member that were held in the period from {@code since} to {@code until},
     * other than those it says it has, wait for it again; their identifiers.
     */
    Seq<UUID> deliverAgain(MemberId recipient, Instant since, Instant until, Set<UUID> has);

    /** Per member: messages taken from it, messages waiting for it. */
    Seq<Traffic> traffic();

    /** A member's traffic through the hub. */
    record Traffic(MemberId member, long sent, long waiting, long delivered) {
    }
}
