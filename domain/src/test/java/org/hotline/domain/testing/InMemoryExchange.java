package org.hotline.domain.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.exchange.NetworkExchange;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.report.CaseId;

/**
 * The network's exchange in memory, for tests: the member hotlines it was given, the referrals made through it (each
 * pending until withdrawn), and why each withdrawn one was withdrawn.
 */
public final class InMemoryExchange implements NetworkExchange {

    private final Set<CountryCode> members;
    private final Map<CaseId, CountryCode> pending = new ConcurrentHashMap<>();
    private final Map<CaseId, String> withdrawn = new ConcurrentHashMap<>();
    private final Map<CaseId, Referral> referrals = new ConcurrentHashMap<>();

    public InMemoryExchange(CountryCode... members) {
        this.members = Set.of(members);
    }

    @Override
    public boolean hasMemberHotline(CountryCode country) {
        return members.contains(country);
    }

    @Override
    public Either<String, ReferralId> refer(CaseId caseId, Referral referral) {
        if (!hasMemberHotline(referral.to())) {
            return Either.left(referral.to() + " has no member hotline");
        }
        pending.put(caseId, referral.to());
        referrals.put(caseId, referral);
        return Either.right(referral.id());
    }

    /** The referral made of the case, if one was. */
    public Option<Referral> referral(CaseId caseId) {
        return Option.of(referrals.get(caseId));
    }

    @Override
    public Withdrawal withdrawReferral(CaseId caseId, String reason) {
        CountryCode country = pending.remove(caseId);
        if (country == null) {
            return new Withdrawal.NothingPending();
        }
        withdrawn.put(caseId, reason);
        return new Withdrawal.Withdrawn("the referral to the member hotline of " + country);
    }

    /** The country the case's pending referral went to, if one is pending. */
    public Option<CountryCode> pendingReferral(CaseId caseId) {
        return Option.of(pending.get(caseId));
    }

    /** Why the case's referral was withdrawn, if it was. */
    public Option<String> withdrawal(CaseId caseId) {
        return Option.of(withdrawn.get(caseId));
    }
}
