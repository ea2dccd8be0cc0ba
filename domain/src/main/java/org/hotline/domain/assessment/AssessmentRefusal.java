package org.hotline.domain.assessment;

import org.hotline.domain.Rejection;
import org.hotline.domain.report.CaseRefusal;

/** Why an assessment or an appeal was refused, previewed or confirmed ({@link AssessCase}, {@link AppealAssessment}). Nothing was changed. */
public enum AssessmentRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown"),
    NOT_CLAIMED("claim.none"),
    CLAIM_NOT_YOURS("claim.not_yours"),
    CLAIM_EXPIRED("claim.expired"),
    /** Answers are missing or not among those offered; the fields say which. */
    ANSWERS_INVALID("assessment.answers_invalid"),
    CHANGED_MEANWHILE("case.changed"),
    NOTHING_TO_APPEAL("appeal.nothing_to_appeal"),
    /** The law wants an uninvolved reviewer, and this supervisor took part. */
    REVIEWER_INVOLVED("appeal.reviewer_involved"),
    ADDRESS_HAS_OPEN_CASE("appeal.address_has_open_case"),
    NOT_APPEALABLE("appeal.not_appealable");

    private final String code;

    AssessmentRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** What the case refused, as a refusal of the assessment or appeal. */
    static Rejection<AssessmentRefusal> of(Rejection<CaseRefusal> refused) {
        return refused.as(switch (refused.reason()) {
            case NOT_CLAIMED -> NOT_CLAIMED;
            case CLAIM_NOT_YOURS -> CLAIM_NOT_YOURS;
            case CLAIM_EXPIRED -> CLAIM_EXPIRED;
            case NOT_APPEALABLE -> NOT_APPEALABLE;
            case NOT_AWAITING_ASSESSMENT, CLAIM_TAKEN, CLAIM_ALREADY_YOURS, CLAIM_RUNNING, NOT_AWAITING_LEGAL_REVIEW,
                    NOT_AWAITING_HOSTING_TRACE, NOT_IN_TAKEDOWN -> throw new IllegalArgumentException(
                    "assessing and appealing are never refused as " + refused.reason());
        });
    }
}
