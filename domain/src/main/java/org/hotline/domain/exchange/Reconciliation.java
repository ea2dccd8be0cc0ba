package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A hotline's account of its traffic through the hub over a period, for the daily reconciliation: the identifiers of
 * the messages it sent (that the hub took) and of those it received (that it filed). The hub answers with what it
 * does not know of the first, and delivers again what it delivered in the period that is missing from the second.
 *
 * @param since the start of the period
 * @param until the end of the period (not in it)
 * @param sent the messages the hotline sent in the period, each once
 * @param received the messages the hotline kept in the period widened by a margin on both sides (the hub's and the
 *     hotline's clocks differ, and a message is kept by the hotline a moment after the hub held it)
 */
@ValueObject
public record Reconciliation(Instant since, Instant until, Seq<UUID> sent, Seq<UUID> received) {

    /**
     * The most identifiers of each kind one account carries: two lists of this size fit the hub's default limit of a
     * request's body (512 KiB); a busier period is accounted for in parts.
     */
    public static final int MAX_IDS = 6_000;

    public Reconciliation {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(since)) {
            throw new IllegalArgumentException("a reconciliation's period ends after it starts");
        }
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(received, "received");
        if (sent.size() > MAX_IDS || received.size() > MAX_IDS) {
            throw new IllegalArgumentException("a reconciliation carries at most " + MAX_IDS + " identifiers of each kind");
        }
        if (sent.contains(null) || received.contains(null)) {
            throw new IllegalArgumentException("a reconciliation's identifiers are never empty");
        }
    }

    /**
     * The hub's answer.
     *
     * @param unknown of the messages the hotline sent, those the hub has no record of taking: the hotline sends them again
     * @param deliveredAgain the messages the hub had delivered to the hotline that the hotline does not have: they
     *     wait for it again
     */
    @ValueObject
    public record Answer(Seq<UUID> unknown, Seq<UUID> deliveredAgain) {

        public Answer {
            Objects.requireNonNull(unknown, "unknown");
            Objects.requireNonNull(deliveredAgain, "deliveredAgain");
        }
    }
}
