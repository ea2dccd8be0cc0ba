package org.hotline.domain.report;

import org.hotline.domain.Rejection;

/** Why a case refused a transition. Nothing was changed. */
public enum CaseRefusal implements Rejection.Reason {
    NOT_AWAITING_ASSESSMENT("case.not_awaiting_assessment"),
    CLAIM_TAKEN("claim.taken"),
    CLAIM_ALREADY_YOURS("claim.already_yours"),
    NOT_CLAIMED("claim.none"),
    CLAIM_NOT_YOURS("claim.not_yours"),
    CLAIM_EXPIRED("claim.expired"),
    CLAIM_RUNNING("claim.running"),
    NOT_APPEALABLE("appeal.not_appealable"),
    NOT_AWAITING_LEGAL_REVIEW("legal.not_awaiting_review"),
    NOT_AWAITING_HOSTING_TRACE("hosting.not_awaiting_trace"),
    NOT_IN_TAKEDOWN("case.not_in_takedown");

    private final String code;

    CaseRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
