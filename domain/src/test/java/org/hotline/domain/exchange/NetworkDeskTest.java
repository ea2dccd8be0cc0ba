package org.hotline.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.domain.CountryCode;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.testing.ExchangeSamples;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryKnownContent;
import org.hotline.domain.testing.InMemoryReferrals;
import org.hotline.domain.testing.InMemoryReports;
import org.hotline.domain.testing.SequentialIdentities;
import org.junit.jupiter.api.Test;

class NetworkDeskTest {

    private final FixedClock clock = FixedClock.at("2026-03-02T09:00:00Z");
    private final SequentialIdentities identities = new SequentialIdentities();
    private final InMemoryReports reports = new InMemoryReports();
    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final NetworkDesk desk = new NetworkDesk(new NetworkDesk.Ports(referrals, referrals,
            new ReportIntake(reports, clock, identities), audit, UnitOfWork.none(), clock, identities));
    private final OutboxExchange exchange = new OutboxExchange(country -> !country.value().equals("FR"), referrals,
            referrals, clock, identities);

    @Test
    void the_items_a_referral_carries_are_looked_up_in_the_lists_of_known_content_by_sha256_and_pdq() {
        String other = "ab".repeat(32);
        var onList = new ItemFingerprint(ExchangeSamples.DIGEST, io.vavr.control.Option.none());
        var nearPicture = new ItemFingerprint(other, io.vavr.control.Option.some(ExchangeSamples.PDQ));
        var unknown = new ItemFingerprint("cd".repeat(32), io.vavr.control.Option.some("0".repeat(64)));
        var known = new InMemoryKnownContent()
                .add(new KnownHash(HashAlgorithm.SHA256, ExchangeSamples.DIGEST), KnownClassification.plainlyIllegal())
                .add(new KnownHash(HashAlgorithm.PDQ, "f0e1d2c3b4a59687".repeat(3) + "f0e1d2c3b4a59680"),
                        KnownClassification.plainlyIllegal());
        var looking = new NetworkDesk(new NetworkDesk.Ports(referrals, referrals, new ReportIntake(reports, clock,
                identities), audit, UnitOfWork.none(), clock, identities), known);
        Referral base = ExchangeSamples.referral("BE", "GB");
        Referral referral = new Referral(base.id(), base.from(), base.to(), base.address(), base.hostingTrace(),
                base.verdict(), io.vavr.collection.List.of(onList, unknown, nearPicture), base.at());

        var found = looking.knownItems(referral);

        assertThat(found.keySet().toList()).containsExactly(onList, nearPicture);
        assertThat(found.get(onList).get().single().distance()).isZero();
        assertThat(found.get(nearPicture).get().single().distance()).isEqualTo(3);
        assertThat(desk.knownItems(referral)).as("a desk without lists").isEmpty();
    }

    @Test
    void a_referral_opens_an_urgent_case_of_the_network_with_the_senders_verdict_and_says_it_was_received() {
        Referral referral = ExchangeSamples.referral("BE", "GB");

        assertThat(desk.receive(referral)).isEqualTo(ReceiveFromNetwork.Receipt.FILED);

        var record = referrals.find(ReferralRecord.Direction.INCOMING, referral.id()).get();
        var opened = reports.byId(record.caseId()).get();
        assertThat(opened.url().canonical()).isEqualTo("http://gallery.example.org/album");
        var report = reports.all().flatMap(found -> reports.earliest(found.id(), 1)).head();
        assertThat(report.channel()).isEqualTo(Channel.NETWORK_REFERRAL);
        assertThat(report.description().get()).contains("member hotline of BE", "ILLEGAL (Art. 383bis §1 Sw.)",
                "INTERPOL baseline", "rule book BE 2", "1 fingerprinted (0123456789ab)", "gallery.example.org at 192.0.2.10");
        assertThat(reports.signals(record.caseId()).referred()).isTrue();
        assertThat(referrals.outbox()).singleElement().satisfies(message -> {
            assertThat(message).isInstanceOf(StatusReport.class);
            assertThat(((StatusReport) message).status()).isEqualTo(ReferralStatus.RECEIVED);
            assertThat(message.referral()).isEqualTo(referral.id());
        });
        assertThat(record.statuses()).containsExactlyElementsOf(referrals.outbox().map(StatusReport.class::cast));
        assertThat(desk.referralsOf(record.caseId())).containsExactly(referrals.find(ReferralRecord.Direction.INCOMING,
                referral.id()).get());
        assertThat(audit.entries().map(entry -> entry.action())).contains("exchange.referral_received");
    }

    @Test
    void a_referral_delivered_again_changes_nothing() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        desk.receive(referral);

        assertThat(desk.receive(referral)).isEqualTo(ReceiveFromNetwork.Receipt.REPEATED);

        assertThat(reports.all()).hasSize(1);
        assertThat(referrals.outbox()).hasSize(1);
    }

    @Test
    void statuses_of_a_referral_sent_are_kept_on_its_case_once_and_unknown_ones_nowhere() {
        CaseId caseId = new CaseId(identities.next());
        Referral referral = ExchangeSamples.referral("BE", "GB");
        exchange.refer(caseId, referral).get();
        StatusReport received = ExchangeSamples.status(referral, ReferralStatus.RECEIVED);

        assertThat(desk.receive(received)).isEqualTo(ReceiveFromNetwork.Receipt.FILED);
        assertThat(desk.receive(received)).isEqualTo(ReceiveFromNetwork.Receipt.REPEATED);
        assertThat(desk.receive(ExchangeSamples.status(ExchangeSamples.referral("BE", "GB"), ReferralStatus.ASSESSED)))
                .isEqualTo(ReceiveFromNetwork.Receipt.UNKNOWN);

        assertThat(referrals.ofCase(caseId).single().statuses()).containsExactly(received);
        assertThat(audit.entries().filter(entry -> entry.action().equals("exchange.status_received"))).hasSize(1);
    }

    @Test
    void a_referral_goes_into_the_outbox_once_and_only_to_a_country_with_a_member_hotline() {
        CaseId caseId = new CaseId(identities.next());
        Referral referral = ExchangeSamples.referral("BE", "GB");

        assertThat(exchange.refer(caseId, referral)).contains(referral.id());
        assertThat(exchange.refer(caseId, referral)).contains(referral.id());
        assertThat(exchange.refer(caseId, ExchangeSamples.referral("BE", "FR")).getLeft()).contains("FR");

        assertThat(referrals.outbox()).containsExactly(referral);
        assertThat(exchange.hasMemberHotline(new CountryCode("GB"))).isTrue();
        assertThat(exchange.hasMemberHotline(new CountryCode("FR"))).isFalse();
    }

    @Test
    void a_pending_referral_is_withdrawn_through_the_outbox_and_a_settled_one_is_not() {
        CaseId pending = new CaseId(identities.next());
        CaseId settled = new CaseId(identities.next());
        Referral first = ExchangeSamples.referral("BE", "GB");
        Referral second = ExchangeSamples.referral("BE", "NL");
        exchange.refer(pending, first);
        exchange.refer(settled, second);
        referrals.addStatus(ReferralRecord.Direction.OUTGOING, ExchangeSamples.status(second, ReferralStatus.REMOVED));

        Withdrawal withdrawn = exchange.withdrawReferral(pending, "Not illegal on appeal.");

        assertThat(withdrawn).isEqualTo(new Withdrawal.Withdrawn("the referral " + first.id()
                + " to the member hotline of GB"));
        assertThat(exchange.withdrawReferral(pending, "again")).isEqualTo(new Withdrawal.NothingPending());
        assertThat(exchange.withdrawReferral(settled, "too late")).isEqualTo(new Withdrawal.NothingPending());
        assertThat(referrals.outbox().last()).isInstanceOfSatisfying(StatusReport.class, status -> {
            assertThat(status.status()).isEqualTo(ReferralStatus.WITHDRAWN);
            assertThat(status.note()).isEqualTo("Not illegal on appeal.");
        });
    }

    @Test
    void the_receiving_hotlines_decision_goes_back_as_assessed_or_not_illegal_here_and_legal_review_says_nothing() {
        Referral first = ExchangeSamples.referral("BE", "GB");
        Referral second = ExchangeSamples.referral(java.util.UUID.randomUUID(), "BE", "GB", "http://other.example.org/x");
        desk.receive(first);
        desk.receive(second);
        CaseId firstCase = referrals.find(ReferralRecord.Direction.INCOMING, first.id()).get().caseId();
        CaseId secondCase = referrals.find(ReferralRecord.Direction.INCOMING, second.id()).get().caseId();

        exchange.decided(firstCase, new org.hotline.domain.law.Verdict.NeedsLegalReview("unsettled"));
        exchange.decided(firstCase, new org.hotline.domain.law.Verdict.Illegal(io.vavr.collection.List.of(org.hotline.domain.testing.TestLaw.SECTION_1), io.vavr.control.Option.none(), "Illegal."));
        exchange.decided(secondCase, new org.hotline.domain.law.Verdict.NotIllegal("Drawings are not illegal here."));

        assertThat(referrals.outbox().filter(message -> message instanceof StatusReport)
                .map(message -> ((StatusReport) message).status())).containsExactly(ReferralStatus.RECEIVED,
                ReferralStatus.RECEIVED, ReferralStatus.ASSESSED, ReferralStatus.NOT_ILLEGAL_HERE);
        assertThat(referrals.find(ReferralRecord.Direction.INCOMING, second.id()).get().statuses().last().note())
                .isEqualTo("Drawings are not illegal here.");
        exchange.decided(secondCase, new org.hotline.domain.law.Verdict.Illegal(io.vavr.collection.List.of(org.hotline.domain.testing.TestLaw.SECTION_1), io.vavr.control.Option.none(), "Illegal."));
        assertThat(referrals.outbox()).as("a settled referral says no more").hasSize(4);
    }

    @Test
    void the_takedown_of_a_referral_received_goes_back_as_notice_sent_then_removed_which_settles_it() {
        Referral received = ExchangeSamples.referral("BE", "GB");
        desk.receive(received);
        CaseId caseId = referrals.find(ReferralRecord.Direction.INCOMING, received.id()).get().caseId();
        CaseId ours = new CaseId(java.util.UUID.randomUUID());
        exchange.refer(ours, ExchangeSamples.referral("GB", "NL"));
        int before = referrals.outbox().size();

        exchange.progressed(caseId, ReferralStatus.NOTICE_SENT, "notice-to-host");
        exchange.progressed(caseId, ReferralStatus.REMOVED, "Seen gone by a re-check: The server answered 404.");
        exchange.progressed(caseId, ReferralStatus.REMOVED, "again");
        exchange.progressed(ours, ReferralStatus.REMOVED, "our own case, referred out: nobody to tell");

        assertThat(referrals.outbox().drop(before)).extracting(message -> ((StatusReport) message).status())
                .containsExactly(ReferralStatus.NOTICE_SENT, ReferralStatus.REMOVED);
        assertThat(referrals.find(ReferralRecord.Direction.INCOMING, received.id()).get().statuses().last().note())
                .isEqualTo("Seen gone by a re-check: The server answered 404.");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> exchange.progressed(caseId,
                ReferralStatus.WITHDRAWN, "not a takedown's"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_withdrawal_reaches_the_hotline_the_referral_went_to() {
        Referral referral = ExchangeSamples.referral("BE", "GB");
        desk.receive(referral);

        assertThat(desk.receive(ExchangeSamples.status(referral, ReferralStatus.WITHDRAWN)))
                .isEqualTo(ReceiveFromNetwork.Receipt.FILED);

        assertThat(referrals.find(ReferralRecord.Direction.INCOMING, referral.id()).get().statuses()
                .map(StatusReport::status)).containsExactly(ReferralStatus.RECEIVED, ReferralStatus.WITHDRAWN);
    }
}
