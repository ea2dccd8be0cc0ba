package org.hotline.domain.assessment;

import org.hotline.domain.Rejection;
import org.hotline.domain.report.CaseRefusal;

/** Why a legal adviser's decision was refused ({@link DecideLegalReview}). Nothing was changed. */
public enum LegalDecisionRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown"),
    /** The case awaits no legal review (any more), or has no assessment to decide on. */
    NOT_AWAITING_REVIEW("legal.not_awaiting_review"),
    /** The decision lacks what it needs (provisions, reasoning, a valid day and reason); the fields say what. */
    DECISION_INVALID("legal.decision_invalid"),
    /** Someone changed the case between reading and storing it. */
    CHANGED_MEANWHILE("case.changed");

    private final String code;

    LegalDecisionRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** What the case refused, as a refusal of the legal decision. */
    static Rejection<LegalDecisionRefusal> of(Rejection<CaseRefusal> refused) {
        return refused.as(switch (refused.reason()) {
            case NOT_AWAITING_LEGAL_REVIEW -> NOT_AWAITING_REVIEW;
            case NOT_AWAITING_ASSESSMENT, CLAIM_TAKEN, CLAIM_ALREADY_YOURS, NOT_CLAIMED, CLAIM_NOT_YOURS, CLAIM_EXPIRED,
                    CLAIM_RUNNING, NOT_APPEALABLE, NOT_AWAITING_HOSTING_TRACE, NOT_IN_TAKEDOWN -> throw new IllegalArgumentException(
                    "a legal decision is never refused as " + refused.reason());
        });
    }
}
