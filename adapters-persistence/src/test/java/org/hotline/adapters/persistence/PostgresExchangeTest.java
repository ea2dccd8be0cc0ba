package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import org.hotline.domain.Sha256;
import org.hotline.domain.exchange.Delivery;
import org.hotline.domain.exchange.ExchangeHub;
import org.hotline.domain.exchange.HubDesk;
import org.hotline.domain.exchange.NetworkDesk;
import org.hotline.domain.exchange.OutboxExchange;
import org.hotline.domain.exchange.ReceiveFromNetwork;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralRecord;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.exchange.StatusReport;
import org.hotline.domain.testing.ExchangeSamples;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.SequentialTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both sides of the exchange over the real database: the hub's tables and a hotline's referrals and outbox. */
class PostgresExchangeTest {

    private Database database;
    private PostgresWorkbench bench;
    private PostgresExchange exchange;
    private PostgresHub hubStore;
    private HubDesk hub;
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    @BeforeEach
    void empty() {
        database = TestDatabase.empty();
        database.asOwner().useHandle(handle -> handle.execute(
                "truncate exchange_outbox, exchange_status, exchange_referral, hub_delivery, hub_route, hub_taken, hub_country, hub_member"));
        bench = new PostgresWorkbench(database, audit);
        exchange = new PostgresExchange(database);
        hubStore = new PostgresHub(database);
        hub = new ExchangeHub(new ExchangeHub.Ports(hubStore, hubStore, audit, new PostgresUnitOfWork(database),
                bench.clock, UUID::randomUUID, new SequentialTokens()));
    }

    @Test
    void the_hub_routes_takes_each_message_once_holds_it_until_acknowledged_and_moves_it_on() {
        var belgium = hub.enrol("Child Focus", List.of("BE")).get();
        var britain = hub.enrol("IWF", List.of("GB")).get();
        var netherlands = hub.enrol("Offlimits", List.of("NL")).get();
        Referral referral = ExchangeSamples.referral("BE", "GB");

        assertThat(hub.take(belgium.member(), List.of(referral, referral)).map(HubDesk.Outcome::kind))
                .containsExactly(HubDesk.Outcome.Kind.ACCEPTED, HubDesk.Outcome.Kind.REPEATED);
        assertThat(hub.waiting(britain.member(), 10).map(Delivery::message)).containsExactly(referral);
        assertThat(hub.acknowledge(britain.member(), List.of(referral.messageId(), referral.messageId()))).isEqualTo(1);
        assertThat(hub.waiting(britain.member(), 10)).isEmpty();

        StatusReport moved = ExchangeSamples.moved(referral, "NL");
        assertThat(hub.take(britain.member(), List.of(moved)).head().kind()).isEqualTo(HubDesk.Outcome.Kind.ACCEPTED);
        assertThat(hub.waiting(netherlands.member(), 10).map(delivery -> delivery.message().referral()))
                .containsExactly(referral.id());
        assertThat(hub.waiting(belgium.member(), 10).map(Delivery::message)).containsExactly(moved);
        assertThat(hub.take(britain.member(), List.of(ExchangeSamples.status(referral, ReferralStatus.REMOVED))).head()
                .refusal().get().reason()).isEqualTo(org.hotline.domain.exchange.HubRefusal.UNKNOWN_REFERRAL);

        var traffic = hub.members().toMap(standing -> standing.member().name(), HubDesk.Standing::traffic);
        assertThat(traffic.get("Child Focus").get().sent()).isEqualTo(1);
        assertThat(traffic.get("IWF").get().delivered()).isEqualTo(1);
        assertThat(traffic.get("Offlimits").get().waiting()).isEqualTo(1);
    }

    @Test
    void members_tokens_are_kept_only_as_digests_and_a_country_has_one_member() {
        var belgium = hub.enrol("Child Focus", List.of("BE", "LU")).get();

        String kept = database.jdbi().withHandle(handle -> handle.createQuery("select token_digest from hub_member")
                .mapTo(String.class).one());
        assertThat(kept).isEqualTo(Sha256.hex(belgium.token())).isNotEqualTo(belgium.token());
        assertThat(hub.enrol("Another", List.of("FR", "LU")).isLeft()).isTrue();
        assertThat(hub.members()).hasSize(1);
        assertThat(hub.authenticate(belgium.token()).map(found -> found.countries().mkString(","))).contains("BE,LU");

        hub.withdraw(belgium.member().id()).get();
        assertThat(hub.authenticate(belgium.token())).isEmpty();
        assertThat(hub.enrol("Point de Contact", List.of("LU")).isRight()).isTrue();
    }

    @Test
    void a_hotline_keeps_what_it_sent_and_received_with_statuses_once_each() {
        var caseId = PostgresWorkbench.id(bench.aCase("http://gallery.example.org/album"));
        Referral referral = ExchangeSamples.referral("BE", "GB");
        var outboxExchange = new OutboxExchange(country -> true, exchange, exchange, bench.clock, UUID::randomUUID);
        var unit = new PostgresUnitOfWork(database);

        unit.inOneUnit(() -> outboxExchange.refer(caseId, referral));
        unit.inOneUnit(() -> outboxExchange.refer(caseId, referral));
        StatusReport received = ExchangeSamples.status(referral, ReferralStatus.RECEIVED);
        StatusReport moved = ExchangeSamples.moved(referral, "NL");

        assertThat(exchange.addStatus(ReferralRecord.Direction.OUTGOING, received)).isTrue();
        assertThat(exchange.addStatus(ReferralRecord.Direction.OUTGOING, received)).isFalse();
        assertThat(exchange.addStatus(ReferralRecord.Direction.OUTGOING, moved)).isTrue();
        assertThat(exchange.addStatus(ReferralRecord.Direction.INCOMING, received)).isFalse();

        var kept = exchange.ofCase(caseId).single();
        assertThat(kept.referral()).isEqualTo(referral);
        assertThat(kept.direction()).isEqualTo(ReferralRecord.Direction.OUTGOING);
        assertThat(kept.statuses()).containsExactly(received, moved);
        assertThat(exchange.find(ReferralRecord.Direction.INCOMING, referral.id())).isEmpty();
        assertThat(exchange.lease(10, Duration.ofMinutes(1)).map(PostgresExchange.Pending::message))
                .containsExactly(referral);
    }

    @Test
    void a_referral_received_opens_its_case_and_the_received_status_waits_in_the_outbox_in_one_transaction() {
        var unit = new PostgresUnitOfWork(database);
        var desk = new NetworkDesk(new NetworkDesk.Ports(exchange, exchange, bench.intake, audit, unit, bench.clock,
                UUID::randomUUID));
        Referral referral = ExchangeSamples.referral("BE", "GB");

        assertThat(desk.receive(referral)).isEqualTo(ReceiveFromNetwork.Receipt.FILED);
        assertThat(desk.receive(referral)).isEqualTo(ReceiveFromNetwork.Receipt.REPEATED);

        var record = exchange.find(ReferralRecord.Direction.INCOMING, referral.id()).get();
        assertThat(record.statuses().map(StatusReport::status)).containsExactly(ReferralStatus.RECEIVED);
        assertThat(bench.cases.byId(record.caseId()).get().url().canonical()).isEqualTo(referral.address());
        assertThat(exchange.lease(10, Duration.ofMinutes(1)).map(pending -> pending.message().messageId()))
                .containsExactly(record.statuses().head().messageId());
    }

    @Test
    void the_outbox_is_leased_once_at_a_time_retried_later_refused_for_good_or_sent() {
        Referral first = ExchangeSamples.referral("BE", "GB");
        Referral second = ExchangeSamples.referral("BE", "NL");
        Referral third = ExchangeSamples.referral("BE", "FR");
        new PostgresUnitOfWork(database).inOneUnit(() -> {
            exchange.put(first);
            exchange.put(second);
            exchange.put(third);
            exchange.put(first);
            return null;
        });

        var leased = exchange.lease(10, Duration.ofMinutes(5));
        assertThat(leased.map(PostgresExchange.Pending::attempts)).containsOnly(1);
        assertThat(leased).hasSize(3);
        assertThat(exchange.lease(10, Duration.ofMinutes(5))).isEmpty();

        exchange.sent(List.of(first.messageId()), Instant.parse("2026-03-02T08:01:00Z"));
        exchange.retryLater(second.messageId(), Duration.ZERO, "the hub did not answer");
        exchange.refused(third.messageId(), "exchange.no_member: No member hotline serves FR.");

        assertThat(exchange.lease(10, Duration.ofMinutes(5)).map(pending -> pending.message().messageId() + "/"
                + pending.attempts())).containsExactly(second.messageId() + "/2");
        assertThat(exchange.backlog()).isEqualTo(new PostgresExchange.Backlog(1, 1));
    }
}
