package org.hotline.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.vavr.collection.List;
import org.hotline.domain.Sha256;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.testing.ExchangeSamples;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryHub;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.SequentialTokens;
import org.junit.jupiter.api.Test;

class ExchangeHubTest {

    private final InMemoryHub store = new InMemoryHub();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ExchangeHub hub = new ExchangeHub(new ExchangeHub.Ports(store, store, audit, UnitOfWork.none(),
            FixedClock.at("2026-03-02T09:00:00Z"), new SequentialIdentities(), new SequentialTokens()));

    private final HubDesk.Enrolled belgium = hub.enrol("Child Focus", List.of("BE", "LU")).get();
    private final HubDesk.Enrolled britain = hub.enrol("IWF", List.of("GB")).get();
    private final HubDesk.Enrolled netherlands = hub.enrol("Offlimits", List.of("NL")).get();

    @Test
    void a_referral_is_routed_to_the_member_serving_the_hosting_country_and_taken_once() {
        Referral referral = ExchangeSamples.referral("BE", "GB");

        var first = hub.take(belgium.member(), List.of(referral));
        var again = hub.take(belgium.member(), List.of(referral));

        assertThat(first.map(HubDesk.Outcome::kind)).containsExactly(HubDesk.Outcome.Kind.ACCEPTED);
        assertThat(again.map(HubDesk.Outcome::kind)).containsExactly(HubDesk.Outcome.Kind.REPEATED);
        assertThat(hub.waiting(britain.member(), 10).map(Delivery::message)).containsExactly(referral);
        assertThat(hub.waiting(netherlands.member(), 10)).isEmpty();
        assertThat(audit.entries().filter(entry -> entry.action().equals("exchange.messages_taken"))).hasSize(1);
    }

    @Test
    void one_request_may_carry_a_referral_its_repeat_and_its_status_and_they_are_taken_in_order() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        StatusReport withdrawn = ExchangeSamples.status(referral, ReferralStatus.WITHDRAWN);

        var outcomes = hub.take(belgium.member(), List.of(withdrawn, referral, referral, withdrawn));

        assertThat(outcomes.map(HubDesk.Outcome::kind)).containsExactly(HubDesk.Outcome.Kind.REFUSED,
                HubDesk.Outcome.Kind.ACCEPTED, HubDesk.Outcome.Kind.REPEATED, HubDesk.Outcome.Kind.ACCEPTED);
        assertThat(hub.waiting(britain.member(), 10).map(Delivery::message)).containsExactly(referral, withdrawn);
    }

    @Test
    void acknowledged_messages_wait_no_longer_and_a_status_goes_back_to_the_sender() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(referral));
        assertThat(hub.acknowledge(britain.member(), List.of(referral.messageId()))).isEqualTo(1);
        StatusReport received = ExchangeSamples.status(referral, ReferralStatus.RECEIVED);

        assertThat(hub.take(britain.member(), List.of(received)).head().kind()).isEqualTo(HubDesk.Outcome.Kind.ACCEPTED);

        assertThat(hub.waiting(britain.member(), 10)).isEmpty();
        assertThat(hub.waiting(belgium.member(), 10).map(Delivery::message)).containsExactly(received);
        assertThat(hub.acknowledge(belgium.member(), List.of(received.messageId(), UUID.randomUUID()))).isEqualTo(1);
    }

    @Test
    void a_reconciliation_names_what_the_hub_never_took_and_delivers_again_what_the_member_lacks() {
        Referral taken = ExchangeSamples.referral("BE", "GB");
        Referral lost = ExchangeSamples.referral("BE", "GB");
        Referral filed = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(taken, filed));
        hub.acknowledge(britain.member(), List.of(taken.messageId(), filed.messageId()));
        var since = java.time.Instant.parse("2026-02-23T09:00:00Z");

        var until = java.time.Instant.parse("2026-03-02T10:00:00Z");
        var belgianAnswer = hub.reconcile(belgium.member(), new Reconciliation(since, until,
                List.of(taken.messageId(), lost.messageId(), filed.messageId()), List.empty()));
        var britishAnswer = hub.reconcile(britain.member(), new Reconciliation(since, until, List.empty(),
                List.of(filed.messageId())));

        assertThat(belgianAnswer.unknown()).containsExactly(lost.messageId());
        assertThat(belgianAnswer.deliveredAgain()).isEmpty();
        assertThat(britishAnswer.unknown()).isEmpty();
        assertThat(britishAnswer.deliveredAgain()).containsExactly(taken.messageId());
        assertThat(hub.waiting(britain.member(), 10).map(Delivery::message)).containsExactly(taken);
        assertThat(audit.entries().filter(entry -> entry.action().equals("exchange.reconciled"))).hasSize(2);
    }

    @Test
    void a_reconciliation_that_finds_nothing_missing_changes_and_records_nothing() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(referral));
        hub.acknowledge(britain.member(), List.of(referral.messageId()));
        var since = java.time.Instant.parse("2026-03-02T09:00:00Z");

        var until = since.plusSeconds(3600);
        var answer = hub.reconcile(britain.member(), new Reconciliation(since, until, List.empty(),
                List.of(referral.messageId())));
        var later = hub.reconcile(britain.member(), new Reconciliation(since.plusSeconds(1), until, List.empty(),
                List.empty()));
        var earlier = hub.reconcile(britain.member(), new Reconciliation(since.minusSeconds(3600), since, List.empty(),
                List.empty()));

        assertThat(answer.deliveredAgain()).isEmpty();
        assertThat(later.deliveredAgain()).as("held before the period").isEmpty();
        assertThat(earlier.deliveredAgain()).as("held after the period").isEmpty();
        assertThat(hub.waiting(britain.member(), 10)).isEmpty();
        assertThat(audit.entries().filter(entry -> entry.action().equals("exchange.reconciled"))).isEmpty();
    }

    @Test
    void bad_messages_are_refused_each_with_its_reason_and_change_nothing() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(referral));

        var outcomes = hub.take(britain.member(), List.of(
                ExchangeSamples.referral("BE", "NL"),
                ExchangeSamples.referral("GB", "FR"),
                ExchangeSamples.status(ExchangeSamples.referral("BE", "GB"), ReferralStatus.ASSESSED),
                ExchangeSamples.status(referral, ReferralStatus.WITHDRAWN)));
        var fromNetherlands = hub.take(netherlands.member(), List.of(ExchangeSamples.status(referral, ReferralStatus.REMOVED)));

        assertThat(outcomes.map(outcome -> outcome.refusal().get().reason())).containsExactly(HubRefusal.NOT_YOUR_COUNTRY,
                HubRefusal.NO_MEMBER, HubRefusal.UNKNOWN_REFERRAL, HubRefusal.UNKNOWN_REFERRAL);
        assertThat(fromNetherlands.head().refusal().get().reason()).isEqualTo(HubRefusal.UNKNOWN_REFERRAL);
        assertThat(hub.waiting(netherlands.member(), 10)).isEmpty();
        assertThat(hub.waiting(belgium.member(), 10)).isEmpty();
        assertThat(audit.entries().filter(entry -> entry.action().equals("exchange.messages_taken"))).hasSize(1);
    }

    @Test
    void a_member_does_not_refer_to_a_country_it_serves_itself() {
        var outcome = hub.take(belgium.member(), List.of(ExchangeSamples.referral("BE", "LU"))).head();

        assertThat(outcome.refusal().get().reason()).isEqualTo(HubRefusal.OWN_COUNTRY);
    }

    @Test
    void content_that_moved_is_referred_on_to_the_new_country_and_the_sender_is_told() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(referral));
        StatusReport moved = ExchangeSamples.moved(referral, "NL");

        hub.take(britain.member(), List.of(moved));

        assertThat(hub.waiting(netherlands.member(), 10).map(Delivery::message))
                .containsExactly(referral.movedTo(new org.hotline.domain.CountryCode("NL")));
        assertThat(hub.waiting(belgium.member(), 10).map(Delivery::message)).containsExactly(moved);
        StatusReport removed = ExchangeSamples.status(referral, ReferralStatus.REMOVED);
        assertThat(hub.take(britain.member(), List.of(removed)).head().kind()).isEqualTo(HubDesk.Outcome.Kind.REFUSED);
        assertThat(hub.take(netherlands.member(), List.of(removed)).head().kind()).isEqualTo(HubDesk.Outcome.Kind.ACCEPTED);
    }

    @Test
    void a_move_to_a_country_without_another_member_is_refused() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(referral));

        assertThat(hub.take(britain.member(), List.of(ExchangeSamples.moved(referral, "FR"))).head().refusal().get()
                .reason()).isEqualTo(HubRefusal.NO_MEMBER);
        assertThat(hub.take(britain.member(), List.of(ExchangeSamples.moved(referral, "LU"))).head().refusal().get()
                .reason()).isEqualTo(HubRefusal.NO_MEMBER);
        assertThat(hub.waiting(belgium.member(), 10)).isEmpty();
    }

    @Test
    void the_sender_may_withdraw_its_referral_and_the_receiver_is_told() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(referral));
        hub.acknowledge(britain.member(), List.of(referral.messageId()));
        StatusReport withdrawn = ExchangeSamples.status(referral, ReferralStatus.WITHDRAWN);

        assertThat(hub.take(belgium.member(), List.of(withdrawn)).head().kind()).isEqualTo(HubDesk.Outcome.Kind.ACCEPTED);
        assertThat(hub.waiting(britain.member(), 10).map(Delivery::message)).containsExactly(withdrawn);
    }

    @Test
    void tokens_are_kept_as_digests_shown_once_replaced_and_withdrawn() {
        assertThat(store.digestOf(belgium.member().id())).contains(Sha256.hex(belgium.token()));
        assertThat(hub.authenticate(belgium.token())).contains(belgium.member());
        assertThat(hub.authenticate("forged")).isEmpty();
        assertThat(hub.authenticate("")).isEmpty();

        var rotated = hub.rotate(belgium.member().id()).get();
        assertThat(hub.authenticate(belgium.token())).isEmpty();
        assertThat(hub.authenticate(rotated.token()).isDefined()).isTrue();
        assertThat(rotated.toString()).doesNotContain(rotated.token());

        hub.withdraw(belgium.member().id()).get();
        assertThat(hub.authenticate(rotated.token())).isEmpty();
        assertThat(hub.rotate(belgium.member().id()).getLeft().reason()).isEqualTo(HubRefusal.UNKNOWN_MEMBER);
        assertThat(hub.withdraw(belgium.member().id()).getLeft().reason()).isEqualTo(HubRefusal.UNKNOWN_MEMBER);
        assertThat(hub.enrol("Child Focus again", List.of("BE")).isRight()).isTrue();
    }

    @Test
    void a_member_needs_a_name_and_countries_no_other_member_serves() {
        assertThat(hub.enrol("Another", List.of("GB")).getLeft().reason()).isEqualTo(HubRefusal.MEMBER_INVALID);
        assertThat(hub.enrol("Another", List.of("Belgium")).getLeft().reason()).isEqualTo(HubRefusal.MEMBER_INVALID);
        assertThat(hub.enrol(" ", List.of("FR")).getLeft().reason()).isEqualTo(HubRefusal.MEMBER_INVALID);
        assertThat(hub.enrol("Point de Contact", List.of()).getLeft().reason()).isEqualTo(HubRefusal.MEMBER_INVALID);
        assertThat(hub.members().map(standing -> standing.member().name())).containsExactly("Child Focus", "IWF",
                "Offlimits");
    }

    @Test
    void the_members_page_counts_each_members_traffic() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        hub.take(belgium.member(), List.of(referral, ExchangeSamples.referral("BE", "NL")));
        hub.acknowledge(britain.member(), List.of(referral.messageId()));

        var traffic = hub.members().toMap(standing -> standing.member().name(), HubDesk.Standing::traffic);

        assertThat(traffic.get("Child Focus").get().sent()).isEqualTo(2);
        assertThat(traffic.get("IWF").get().delivered()).isEqualTo(1);
        assertThat(traffic.get("Offlimits").get().waiting()).isEqualTo(1);
    }
}
