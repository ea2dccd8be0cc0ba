package org.hotline.domain.assessment;

import java.util.Objects;

import io.vavr.collection.List;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.exchange.NetworkExchange;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.TakedownNotices;

/**
 * Withdraws what is pending with others on a case once the hotline no longer stands behind it: the referral to a
 * partner hotline and the notice to a host, through the ports that sent them.
 */
public record Withdrawals(NetworkExchange exchange, TakedownNotices notices) {

    public Withdrawals {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(notices, "notices");
    }

    /** Tells the hotline that referred the case, if one did, what the home law decided. */
    void tellReferrer(CaseId caseId, org.hotline.domain.law.Verdict verdict) {
        exchange.decided(caseId, verdict);
    }

    /** The referral's withdrawal, then the notice's, each telling its partner why. */
    List<Withdrawal> withdrawPending(CaseId caseId, String reason) {
        return List.of(exchange.withdrawReferral(caseId, reason), notices.withdrawNotice(caseId, reason));
    }
}
