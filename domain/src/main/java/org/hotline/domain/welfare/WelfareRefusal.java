package org.hotline.domain.welfare;

import org.hotline.domain.Rejection;

/** Why the welfare desk refused to reveal a preview ({@link RevealPreview}), lift a daily limit ({@link LiftLimit}) or show the week's workload ({@link ShowWorkload}). Nothing was changed. */
public enum WelfareRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown"),
    UNKNOWN_ANALYST("staff.unknown"),
    OWN_LIMIT("welfare.own_limit"),
    DAY_PAST("welfare.day_past"),
    REASON_INVALID("welfare.reason_invalid"),
    ALREADY_LIFTED("welfare.limit_already_lifted"),
    /** The week asked for lies outside the weeks the dashboard shows. */
    WEEK_OUT_OF_RANGE("welfare.week_out_of_range");

    private final String code;

    WelfareRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
