package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.Identities;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownContent;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportSubmission;
import org.hotline.domain.report.SubmitReport;
import org.jmolecules.ddd.annotation.Service;

/**
 * The hotline's side of the exchange for what arrives. A referral is filed as a report of the network channel (so its
 * case is urgent in the queue), carrying the sender's verdict, national category, baseline flag, trace and
 * fingerprints in its description; it is kept on its case, and a "received" status goes back through the outbox, in
 * one unit of work. A status is kept on the case of the referral it concerns. Each message is taken once.
 */
@Service
public final class NetworkDesk implements ReceiveFromNetwork, ViewReferrals {

    /** The ports the desk works through. */
    public record Ports(ReferralRecords records, Outbox outbox, SubmitReport intake, AuditTrail audit,
            UnitOfWork unitOfWork, Clock clock, Identities identities) {

        public Ports {
            Objects.requireNonNull(records, "records");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(intake, "intake");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(identities, "identities");
        }
    }

    private final Ports ports;
    private final KnownContent known;

    /** A desk that knows no content: no carried item is ever known. */
    public NetworkDesk(Ports ports) {
        this(ports, KnownContent.none());
    }

    /** A desk that looks the items referrals carry up in the hotline's lists of known content. */
    public NetworkDesk(Ports ports, KnownContent known) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.known = Objects.requireNonNull(known, "known");
    }

    @Override
    public Receipt receive(ExchangeMessage message) {
        return ports.unitOfWork().inOneUnit(() -> message instanceof Referral referral ? file(referral)
                : keep((StatusReport) message));
    }

    @Override
    public Seq<ReferralRecord> referralsOf(CaseId caseId) {
        return ports.records().ofCase(caseId);
    }

    @Override
    public Map<ItemFingerprint, Seq<KnownMatch>> knownItems(Referral referral) {
        Map<KnownHash, Seq<KnownMatch>> found = known.lookUp(referral.items().flatMap(NetworkDesk::hashes).distinct());
        Map<ItemFingerprint, Seq<KnownMatch>> items = LinkedHashMap.empty();
        for (ItemFingerprint item : referral.items()) {
            Seq<KnownMatch> matches = hashes(item).flatMap(hash -> found.get(hash).getOrElse(List.empty()))
                    .distinctBy(match -> match.list().value() + "/" + match.entry())
                    .sortBy(KnownMatch::distance);
            if (!matches.isEmpty()) {
                items = items.put(item, matches);
            }
        }
        return items;
    }

    /** The hashes a carried item is looked up by: its SHA-256 and, for a picture, its PDQ hash. */
    private static Seq<KnownHash> hashes(ItemFingerprint item) {
        return List.of(new KnownHash(HashAlgorithm.SHA256, item.sha256()))
                .appendAll(item.pdq().map(pdq -> new KnownHash(HashAlgorithm.PDQ, pdq)));
    }

    private Receipt file(Referral referral) {
        if (ports.records().find(ReferralRecord.Direction.INCOMING, referral.id()).isDefined()) {
            return Receipt.REPEATED;
        }
        var submission = new ReportSubmission(Channel.NETWORK_REFERRAL, java.util.List.of(referral.address()),
                java.util.List.of("IMAGES"), ReferralText.describe(referral), "", "", "");
        CaseId caseId = ports.intake().submit(submission).map(receipt -> receipt.links().head())
                .map(CaseLink::caseId)
                .getOrElseThrow(refused -> new IllegalStateException("a checked referral was refused by intake: "
                        + refused.detail()));
        if (!ports.records().add(ReferralRecord.Direction.INCOMING, caseId, referral)) {
            // Another instance filed it at this very moment: this unit of work is undone, and the next round sees it.
            throw new IllegalStateException("referral " + referral.id() + " was filed meanwhile by another instance");
        }
        Instant now = ports.clock().instant();
        var received = new StatusReport(ports.identities().next(), referral.id(), ReferralStatus.RECEIVED, now, "",
                Option.none());
        ports.records().addStatus(ReferralRecord.Direction.INCOMING, received);
        ports.outbox().put(received);
        ports.audit().record(AuditEntry.bySystem(now, "exchange.referral_received", "case:" + caseId, "",
                "referral " + referral.id() + " from " + referral.from() + ": " + referral.verdict().describe()));
        return Receipt.FILED;
    }

    private Receipt keep(StatusReport status) {
        var direction = status.status().byReceiver() ? ReferralRecord.Direction.OUTGOING : ReferralRecord.Direction.INCOMING;
        Option<ReferralRecord> referral = ports.records().find(direction, status.referral());
        if (referral.isEmpty()) {
            return Receipt.UNKNOWN;
        }
        if (!ports.records().addStatus(direction, status)) {
            return Receipt.REPEATED;
        }
        ports.audit().record(AuditEntry.bySystem(ports.clock().instant(), "exchange.status_received",
                "case:" + referral.get().caseId(), "", "referral " + status.referral() + ": " + status.describe()));
        return Receipt.FILED;
    }
}
