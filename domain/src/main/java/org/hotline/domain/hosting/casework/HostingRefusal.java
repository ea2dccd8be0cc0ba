package org.hotline.domain.hosting.casework;

import org.hotline.domain.Rejection;

/** Why the hosting of a case was not shown, traced again or settled ({@link SettleHosting}). Nothing was changed. */
public enum HostingRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown"),
    /** The country is not a two-letter code. */
    COUNTRY_INVALID("hosting.country_invalid"),
    /** The reason holds a character no text may hold. */
    REASON_INVALID("hosting.reason_invalid"),
    /** A country other than the trace's candidates needs a reason. */
    REASON_REQUIRED("hosting.reason_required"),
    REASON_TOO_LONG("hosting.reason_too_long"),
    /** The case does not await the hosting trace: settled already, or never assessed illegal. */
    NOT_AWAITING_TRACE("hosting.not_awaiting_trace"),
    /** The decision the case follows does not find the material illegal. */
    NOT_ILLEGAL("hosting.not_illegal"),
    /** A trace of the case is waiting already. */
    TRACE_WAITING("hosting.trace_waiting"),
    CHANGED_MEANWHILE("case.changed");

    private final String code;

    HostingRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
