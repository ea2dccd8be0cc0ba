package org.hotline.domain.exchange;

import io.vavr.control.Either;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Withdrawal;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.report.CaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The network's shared exchange (today INHOPE's ICCAM): sends a case to the hotline of the hosting country, tells
 * which countries have a member hotline, and withdraws a referral the hotline no longer stands behind. Its implementation
 * over the outbox is {@link OutboxExchange}.
 */
@SecondaryPort
public interface NetworkExchange {

    boolean hasMemberHotline(CountryCode country);

    /**
     * Refers a case to the member hotline of the referral's country, in the unit of work of the decision that refers
     * it; the result is the referral's identifier, or why it cannot be referred.
     */
    Either<String, ReferralId> refer(CaseId caseId, Referral referral);

    /**
     * Withdraws the case's pending referral, telling the partner hotline why: called when an appeal or a legal
     * decision finds the material not illegal. Says that nothing was pending when the case was never referred or
     * the referral is settled; fails only when the exchange cannot be reached.
     */
    Withdrawal withdrawReferral(CaseId caseId, String reason);

    /**
     * Tells the hotline that referred the case, if it was referred to this one, what this hotline's law decided:
     * assessed (illegal here) or not illegal here; a verdict that needs legal review says nothing yet. Called in the
     * unit of work of the decision.
     */
    default void decided(CaseId caseId, Verdict verdict) {
    }

    /**
     * Tells the hotline that referred the case, if it was referred to this one and nothing settled it yet, how its
     * takedown here went on: {@link ReferralStatus#NOTICE_SENT} once the host was asked, {@link ReferralStatus#REMOVED}
     * once the content was seen gone (which settles the referral). Called in the unit of work of the step.
     */
    default void progressed(CaseId caseId, ReferralStatus status, String note) {
    }
}
