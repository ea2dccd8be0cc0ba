package org.hotline.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.Unavailable;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.junit.jupiter.api.Test;

class NetworkReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-03-09T03:00:00Z");
    /** A minute more than three days ago: in the fourth of the seven days accounted for. */
    private static final Instant THEN = NOW.minus(Duration.ofDays(3)).minusSeconds(60);
    /** Ten minutes before the end of the fourth day: a busy stretch of five minutes starts. */
    private static final Instant BUSY_FROM = NOW.minus(Duration.ofDays(3)).minus(Duration.ofMinutes(10));

    private final UUID sentAndTaken = UUID.randomUUID();
    private final UUID sentButLost = UUID.randomUUID();
    private final UUID received = UUID.randomUUID();
    private final Ledger ledger = new Ledger();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    @Test
    void each_day_of_the_week_is_accounted_for_and_what_the_hub_never_took_goes_back_in_the_outbox() {
        var hub = new AnsweringHub(List.of(sentButLost), 1);

        var outcome = new NetworkReconciliation(ledger, hub, audit, FixedClock.at(NOW.toString())).reconcile();

        assertThat(hub.asked).hasSize(7);
        assertThat(hub.asked.get(0).since()).isEqualTo(NOW.minus(NetworkReconciliation.PERIOD));
        assertThat(hub.asked.get(6).until()).isEqualTo(NOW);
        for (int day = 1; day < 7; day++) {
            assertThat(hub.asked.get(day).since()).isEqualTo(hub.asked.get(day - 1).until());
        }
        Reconciliation busy = hub.asked.get(3);
        assertThat(busy.sent()).containsExactly(sentAndTaken, sentButLost);
        assertThat(busy.received()).containsExactly(received);
        assertThat(List.ofAll(hub.asked).filter(asked -> asked != busy).flatMap(Reconciliation::sent)).isEmpty();
        assertThat(ledger.receivedPeriods.get(3)).containsExactly(busy.since().minus(NetworkReconciliation.MARGIN),
                busy.until().plus(NetworkReconciliation.MARGIN));
        assertThat(ledger.putBack).containsExactly(sentButLost);
        // The message received a minute before midnight is counted in the next day's widened account too.
        assertThat(outcome).isEqualTo(new NetworkReconciliation.Outcome(2, 2, 1, 7));
        assertThat(audit.entries().map(entry -> entry.action())).containsExactly("exchange.reconciled");
        assertThat(audit.entries().head().after()).contains("1 the hub had not taken", "7 the hub had delivered");
    }

    @Test
    void an_identifier_the_hotline_did_not_send_is_never_put_back_and_nothing_found_is_not_audited() {
        var hub = new AnsweringHub(List.of(UUID.randomUUID()), 0);

        var outcome = new NetworkReconciliation(ledger, hub, audit, FixedClock.at(NOW.toString())).reconcile();

        assertThat(ledger.putBack).isEmpty();
        assertThat(outcome.repaired()).isFalse();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_day_busier_than_one_account_is_accounted_for_in_halves() {
        ledger.busy = List.fill(Reconciliation.MAX_IDS + 1, UUID::randomUUID);
        var hub = new AnsweringHub(List.empty(), 0);

        var outcome = new NetworkReconciliation(ledger, hub, audit, FixedClock.at(NOW.toString())).reconcile();

        assertThat(hub.asked.size()).isGreaterThan(7);
        assertThat(List.ofAll(hub.asked).forAll(asked -> asked.sent().size() <= Reconciliation.MAX_IDS)).isTrue();
        assertThat(List.ofAll(hub.asked).flatMap(Reconciliation::sent).distinct()).hasSize(Reconciliation.MAX_IDS + 1);
        assertThat(outcome.sent()).isEqualTo(Reconciliation.MAX_IDS + 1);
    }

    @Test
    void a_hub_that_cannot_be_reached_fails_the_round_and_changes_nothing() {
        HubConnection down = new AnsweringHub(List.empty(), 0) {
            @Override
            public Reconciliation.Answer reconcile(Reconciliation account) {
                throw new Unavailable("the hub cannot be reached", null);
            }
        };
        var reconciliation = new NetworkReconciliation(ledger, down, audit, FixedClock.at(NOW.toString()));

        assertThatThrownBy(reconciliation::reconcile).isInstanceOf(Unavailable.class);
        assertThat(ledger.putBack).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void an_account_has_a_period_and_carries_at_most_its_limit_of_identifiers() {
        var many = List.fill(Reconciliation.MAX_IDS + 1, UUID::randomUUID);
        Instant later = NOW.plusSeconds(1);

        assertThatThrownBy(() -> new Reconciliation(NOW, later, many, List.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reconciliation(NOW, later, List.empty(), many))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reconciliation(NOW, NOW, List.empty(), List.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Reconciliation(NOW, later, many.tail(), many.tail()).sent()).hasSize(Reconciliation.MAX_IDS);
    }

    /** A ledger with two messages sent and one received three days ago, or a busy stretch (one each 50 ms). */
    private final class Ledger implements ExchangeLedger {
        final java.util.List<java.util.List<Instant>> receivedPeriods = new ArrayList<>();
        final java.util.List<UUID> putBack = new ArrayList<>();
        Seq<UUID> busy = List.empty();

        @Override
        public Seq<UUID> sentBetween(Instant from, Instant until) {
            if (!busy.isEmpty()) {
                return busy.zipWithIndex().filter(sent -> inPeriod(BUSY_FROM.plusMillis(50L * sent._2), from, until))
                        .map(sent -> sent._1);
            }
            return inPeriod(THEN, from, until) ? List.of(sentAndTaken, sentButLost) : List.empty();
        }

        @Override
        public Seq<UUID> receivedBetween(Instant from, Instant until) {
            receivedPeriods.add(java.util.List.of(from, until));
            return busy.isEmpty() && inPeriod(THEN, from, until) ? List.of(received) : List.empty();
        }

        @Override
        public int sendAgain(Seq<UUID> messageIds) {
            messageIds.forEach(putBack::add);
            return messageIds.size();
        }

        private static boolean inPeriod(Instant at, Instant from, Instant until) {
            return !at.isBefore(from) && at.isBefore(until);
        }
    }

    /** A hub that names the same unknown messages and delivers again so many messages, whatever it is told. */
    private static class AnsweringHub implements HubConnection {
        private final Seq<UUID> unknown;
        private final int deliveredAgain;
        final java.util.List<Reconciliation> asked = new ArrayList<>();

        AnsweringHub(Seq<UUID> unknown, int deliveredAgain) {
            this.unknown = unknown;
            this.deliveredAgain = deliveredAgain;
        }

        @Override
        public Seq<HubDesk.Outcome> send(Seq<ExchangeMessage> messages) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Seq<ExchangeMessage> fetch(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void acknowledge(Seq<UUID> messageIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Reconciliation.Answer reconcile(Reconciliation account) {
            asked.add(account);
            return new Reconciliation.Answer(unknown, List.fill(deliveredAgain, UUID::randomUUID));
        }
    }
}
