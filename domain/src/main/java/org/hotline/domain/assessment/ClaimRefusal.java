package org.hotline.domain.assessment;

import org.hotline.domain.Rejection;
import org.hotline.domain.report.CaseRefusal;

/** Why a claim, or its release, was refused ({@link ClaimCase}). Nothing was changed. */
public enum ClaimRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    /** The analyst reached the daily limit of assessment time. */
    LIMIT_REACHED("welfare.limit_reached"),
    CASE_UNKNOWN("case.unknown"),
    QUEUE_EMPTY("queue.empty"),
    NOT_AWAITING_ASSESSMENT("case.not_awaiting_assessment"),
    TAKEN("claim.taken"),
    ALREADY_YOURS("claim.already_yours"),
    NOT_CLAIMED("claim.none"),
    NOT_YOURS("claim.not_yours"),
    EXPIRED("claim.expired"),
    /** Someone changed the case between reading and storing it. */
    CHANGED_MEANWHILE("case.changed");

    private final String code;

    ClaimRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** What the case refused, as a refusal of the claim. */
    static Rejection<ClaimRefusal> of(Rejection<CaseRefusal> refused) {
        return refused.as(switch (refused.reason()) {
            case NOT_AWAITING_ASSESSMENT -> NOT_AWAITING_ASSESSMENT;
            case CLAIM_TAKEN -> TAKEN;
            case CLAIM_ALREADY_YOURS -> ALREADY_YOURS;
            case NOT_CLAIMED -> NOT_CLAIMED;
            case CLAIM_NOT_YOURS -> NOT_YOURS;
            case CLAIM_EXPIRED -> EXPIRED;
            case CLAIM_RUNNING, NOT_APPEALABLE, NOT_AWAITING_LEGAL_REVIEW, NOT_AWAITING_HOSTING_TRACE,
                    NOT_IN_TAKEDOWN -> throw new IllegalArgumentException(
                    "claiming and releasing are never refused as " + refused.reason());
        });
    }
}
