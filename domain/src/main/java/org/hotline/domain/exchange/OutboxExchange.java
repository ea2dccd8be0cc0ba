package org.hotline.domain.exchange;

import java.util.Objects;
import java.util.function.Predicate;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Identities;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;

/**
 * The network exchange as the hotline's decisions see it, over the outbox: a referral (or a withdrawal) is kept on its
 * case and put in the outbox in the unit of work of the decision that makes it, and travels once that commits.
 */
public final class OutboxExchange implements NetworkExchange {

    private final Predicate<CountryCode> members;
    private final ReferralRecords records;
    private final Outbox outbox;
    private final Clock clock;
    private final Identities identities;

    /** @param members whether a country has a member hotline (the network's list) */
    public OutboxExchange(Predicate<CountryCode> members, ReferralRecords records, Outbox outbox, Clock clock,
            Identities identities) {
        this.members = Objects.requireNonNull(members, "members");
        this.records = Objects.requireNonNull(records, "records");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identities = Objects.requireNonNull(identities, "identities");
    }

    @Override
    public boolean hasMemberHotline(CountryCode country) {
        return members.test(country);
    }

    @Override
    public Either<String, ReferralId> refer(CaseId caseId, Referral referral) {
        if (!hasMemberHotline(referral.to())) {
            return Either.left(referral.to() + " has no member hotline");
        }
        if (records.add(ReferralRecord.Direction.OUTGOING, caseId, referral)) {
            outbox.put(referral);
        }
        return Either.right(referral.id());
    }

    @Override
    public void decided(CaseId caseId, Verdict verdict) {
        if (verdict instanceof Verdict.NeedsLegalReview) {
            return;
        }
        tellSender(caseId, verdict instanceof Verdict.Illegal ? ReferralStatus.ASSESSED : ReferralStatus.NOT_ILLEGAL_HERE,
                verdict.reason());
    }

    @Override
    public void progressed(CaseId caseId, ReferralStatus status, String note) {
        if (status != ReferralStatus.NOTICE_SENT && status != ReferralStatus.REMOVED) {
            throw new IllegalArgumentException("a takedown's progress is a notice sent or the content removed: " + status);
        }
        tellSender(caseId, status, note);
    }

    /** The status, kept on every referral received for the case that nothing settled yet, and put in the outbox. */
    private void tellSender(CaseId caseId, ReferralStatus status, String note) {
        records.ofCase(caseId).filter(found -> found.direction() == ReferralRecord.Direction.INCOMING)
                .filter(found -> found.statuses().forAll(said -> !said.status().settles()))
                .forEach(found -> {
                    var report = new StatusReport(identities.next(), found.referral().id(), status, clock.instant(),
                            note.length() > StatusReport.MAX_NOTE ? note.substring(0, StatusReport.MAX_NOTE) : note,
                            Option.none());
                    records.addStatus(ReferralRecord.Direction.INCOMING, report);
                    outbox.put(report);
                });
    }

    @Override
    public Withdrawal withdrawReferral(CaseId caseId, String reason) {
        Option<ReferralRecord> pending = records.ofCase(caseId)
                .filter(found -> found.direction() == ReferralRecord.Direction.OUTGOING)
                .filter(found -> found.statuses().forAll(status -> !status.status().settles())).lastOption();
        if (pending.isEmpty()) {
            return new Withdrawal.NothingPending();
        }
        Referral referral = pending.get().referral();
        var status = new StatusReport(identities.next(), referral.id(), ReferralStatus.WITHDRAWN, clock.instant(),
                reason.length() > StatusReport.MAX_NOTE ? reason.substring(0, StatusReport.MAX_NOTE) : reason,
                Option.none());
        records.addStatus(ReferralRecord.Direction.OUTGOING, status);
        outbox.put(status);
        return new Withdrawal.Withdrawn("the referral " + referral.id() + " to the member hotline of " + referral.to());
    }
}
