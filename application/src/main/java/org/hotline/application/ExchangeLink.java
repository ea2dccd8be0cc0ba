package org.hotline.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.vavr.collection.Seq;
import org.hotline.adapters.persistence.PostgresExchange;
import org.hotline.domain.Clock;
import org.hotline.domain.Unavailable;
import org.hotline.domain.exchange.ExchangeMessage;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.exchange.HubConnection;
import org.hotline.domain.exchange.NetworkReconciliation;
import org.hotline.domain.exchange.HubDesk;
import org.hotline.domain.exchange.ReceiveFromNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hotline's rounds with the hub, in every instance: the outbox is leased (never to two instances at once), sent
 * in batches, and what the hub took leaves it; what it could not take goes again after 1, 2, 4... seconds (at most 5
 * minutes apart); what it refused for what it is waits no more after {@value #MOST_ATTEMPTS} attempts. Then what the
 * hub holds for the hotline is taken (each message once) and acknowledged. A round that found work goes on at once.
 * Once a day (the first time {@link #FIRST_RECONCILIATION} after the start) the link reconciles the last week's traffic
 * with the hub, and sends again or is delivered again whatever the hub or the hotline lost.
 */
final class ExchangeLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeLink.class);
    static final int BATCH = 500;
    static final int MOST_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final Duration FIRST_RECONCILIATION = Duration.ofMinutes(10);
    static final Duration RECONCILE_EVERY = Duration.ofDays(1);

    private final PostgresExchange outbox;
    private final HubConnection hub;
    private final ReceiveFromNetwork desk;
    private final Clock clock;
    private final NetworkReconciliation reconciliation;
    private final ScheduledExecutorService worker;

    private ExchangeLink(PostgresExchange outbox, HubConnection hub, ReceiveFromNetwork desk, AuditTrail audit,
            Clock clock, Duration every) {
        this.outbox = outbox;
        this.hub = hub;
        this.desk = desk;
        this.clock = clock;
        this.reconciliation = new NetworkReconciliation(outbox, hub, audit, clock);
        this.worker = Rounds.daemon("exchange-link");
        Rounds.repeat(worker, every, this::roundQuietly);
        Rounds.repeat(worker, FIRST_RECONCILIATION, RECONCILE_EVERY, this::reconcileQuietly);
    }

    static ExchangeLink start(PostgresExchange outbox, HubConnection hub, ReceiveFromNetwork desk, AuditTrail audit,
            Clock clock, Duration every) {
        return new ExchangeLink(outbox, hub, desk, audit, clock, every);
    }

    /** Reconciles the last week with the hub now; what it found then goes with the next round. */
    synchronized NetworkReconciliation.Outcome reconcile() {
        NetworkReconciliation.Outcome outcome = reconciliation.reconcile();
        LOG.atInfo().addKeyValue("sent", outcome.sent()).addKeyValue("received", outcome.received())
                .addKeyValue("sentAgain", outcome.sentAgain()).addKeyValue("deliveredAgain", outcome.deliveredAgain())
                .log("exchange reconciled with the hub");
        return outcome;
    }

    private void reconcileQuietly() {
        try {
            reconcile();
            round();
        } catch (RuntimeException e) {
            LOG.atWarn().log("exchange reconciliation stopped: " + e.getMessage() + "; it runs again tomorrow");
        }
    }

    private void roundQuietly() {
        try {
            round();
        } catch (RuntimeException e) {
            LOG.atWarn().log("exchange round stopped: " + e.getMessage() + "; the next round tries again");
        }
    }

    /** One round now: sends what the outbox holds and takes what the hub holds, until neither has more. */
    synchronized void round() {
        boolean more = true;
        while (more) {
            int sent = send();
            int taken = take();
            more = sent == BATCH || taken == BATCH;
        }
    }

    /** Sends one batch of the outbox; how many messages it leased. */
    int send() {
        Seq<PostgresExchange.Pending> leased = outbox.lease(BATCH, LEASE);
        if (leased.isEmpty()) {
            return 0;
        }
        Seq<HubDesk.Outcome> outcomes;
        try {
            outcomes = hub.send(leased.map(PostgresExchange.Pending::message));
        } catch (Unavailable e) {
            leased.forEach(pending -> outbox.retryLater(pending.id(), backOff(pending.attempts()), e.getMessage()));
            LOG.atWarn().addKeyValue("messages", leased.size()).log("the hub could not take the outbox: " + e.getMessage());
            return 0;
        }
        Map<UUID, HubDesk.Outcome> byId = outcomes.toJavaStream()
                .collect(Collectors.toMap(HubDesk.Outcome::messageId, Function.identity(), (a, b) -> a));
        List<UUID> taken = new ArrayList<>();
        for (PostgresExchange.Pending pending : leased) {
            HubDesk.Outcome outcome = byId.get(pending.id());
            if (outcome != null && outcome.kind() != HubDesk.Outcome.Kind.REFUSED) {
                taken.add(pending.id());
            } else {
                refused(pending, outcome == null ? "the hub's answer left it out"
                        : outcome.refusal().map(refusal -> refusal.detail()).getOrElse("refused"));
            }
        }
        outbox.sent(io.vavr.collection.List.ofAll(taken), clock.instant());
        LOG.atInfo().addKeyValue("sent", taken.size()).addKeyValue("refused", leased.size() - taken.size())
                .log("outbox sent to the hub");
        return leased.size();
    }

    private void refused(PostgresExchange.Pending pending, String why) {
        if (pending.attempts() >= MOST_ATTEMPTS) {
            outbox.refused(pending.id(), why);
            LOG.atError().addKeyValue("message", pending.id()).log("the hub refused a message for good: " + why);
        } else {
            outbox.retryLater(pending.id(), backOff(pending.attempts()), why);
        }
    }

    /** Takes one batch of what the hub holds; how many messages it fetched. */
    int take() {
        Seq<ExchangeMessage> delivered;
        try {
            delivered = hub.fetch(BATCH);
        } catch (Unavailable e) {
            LOG.atWarn().log("the hub's deliveries could not be fetched: " + e.getMessage());
            return 0;
        }
        List<UUID> done = new ArrayList<>();
        for (ExchangeMessage message : delivered) {
            ReceiveFromNetwork.Receipt receipt = desk.receive(message);
            if (receipt == ReceiveFromNetwork.Receipt.UNKNOWN) {
                LOG.atWarn().addKeyValue("message", message.messageId()).addKeyValue("referral", message.referral())
                        .log("the hub delivered a status of a referral this hotline does not know; acknowledged, kept nowhere");
            }
            done.add(message.messageId());
        }
        hub.acknowledge(io.vavr.collection.List.ofAll(done));
        return delivered.size();
    }

    /** 1, 2, 4... seconds after the first, second, third... attempt, never more than five minutes. */
    static Duration backOff(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    @Override
    public void close() {
        Rounds.stop(worker);
    }
}
