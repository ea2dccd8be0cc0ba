package org.hotline.domain.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.hotline.domain.Clock;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;
import org.jmolecules.ddd.annotation.Service;

/**
 * The daily reconciliation between a hotline and the hub, a safety net under the outbox: for each day of the last
 * week the hotline tells the hub what it sent and received; what the hub never took is sent again, and what the hub
 * delivered that the hotline does not have is delivered again. Both sides take every message once by its identifier,
 * so a repair never doubles anything. A day busier than one account carries is accounted for in halves. A hub that
 * cannot be reached fails the round with {@link org.hotline.domain.Unavailable}; the next round tries again.
 */
@Service
public final class NetworkReconciliation {

    /** How far back a reconciliation looks. */
    public static final Duration PERIOD = Duration.ofDays(7);
    /** The period one account covers, unless it is too busy for one. */
    static final Duration PART = Duration.ofDays(1);
    /**
     * How much wider than its period the hotline's received messages are counted, for the clocks' difference and the
     * moment between the hub holding a message and the hotline keeping it. A message kept later than that (the
     * hotline was stopped for longer) is delivered again and recognised as taken: nothing changes.
     */
    static final Duration MARGIN = Duration.ofHours(1);
    /** The shortest period accounted for on its own. */
    static final Duration SHORTEST = Duration.ofMinutes(1);

    private final ExchangeLedger ledger;
    private final HubConnection hub;
    private final AuditTrail audit;
    private final Clock clock;

    public NetworkReconciliation(ExchangeLedger ledger, HubConnection hub, AuditTrail audit, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.hub = Objects.requireNonNull(hub, "hub");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One reconciliation over the last {@link #PERIOD}, a day at a time: what was compared and what was repaired. */
    public Outcome reconcile() {
        Instant now = clock.instant();
        Outcome total = Outcome.NOTHING;
        for (Instant from = now.minus(PERIOD); from.isBefore(now); from = from.plus(PART)) {
            Instant until = from.plus(PART).isAfter(now) ? now : from.plus(PART);
            total = total.plus(account(from, until));
        }
        if (total.repaired()) {
            audit.record(AuditEntry.bySystem(now, "exchange.reconciled", "exchange:hub", "", total.describe()));
        }
        return total;
    }

    /** Accounts for one period, in halves while it holds more than one account carries. */
    private Outcome account(Instant from, Instant until) {
        var sent = ledger.sentBetween(from, until);
        var received = ledger.receivedBetween(from.minus(MARGIN), until.plus(MARGIN));
        Duration length = Duration.between(from, until);
        boolean tooBusy = sent.size() > Reconciliation.MAX_IDS || received.size() > Reconciliation.MAX_IDS;
        if (tooBusy && length.compareTo(SHORTEST) > 0) {
            Instant middle = from.plus(length.dividedBy(2));
            return account(from, middle).plus(account(middle, until));
        }
        var request = new Reconciliation(from, until, sent.take(Reconciliation.MAX_IDS),
                received.take(Reconciliation.MAX_IDS));
        Reconciliation.Answer answer = hub.reconcile(request);
        int sentAgain = ledger.sendAgain(answer.unknown().filter(request.sent()::contains));
        return new Outcome(request.sent().size(), request.received().size(), sentAgain, answer.deliveredAgain().size());
    }

    /** What a reconciliation compared and repaired. */
    public record Outcome(int sent, int received, int sentAgain, int deliveredAgain) {

        static final Outcome NOTHING = new Outcome(0, 0, 0, 0);

        Outcome plus(Outcome other) {
            return new Outcome(sent + other.sent, received + other.received, sentAgain + other.sentAgain,
                    deliveredAgain + other.deliveredAgain);
        }

        /** Whether it found a gap. */
        public boolean repaired() {
            return sentAgain > 0 || deliveredAgain > 0;
        }

        public String describe() {
            return sent + " sent and " + received + " received compared with the hub; " + sentAgain
                    + " the hub had not taken put back in the outbox, " + deliveredAgain
                    + " the hub had delivered but this hotline did not have delivered again";
        }
    }
}
