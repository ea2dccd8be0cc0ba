package org.hotline.domain.capture.job;

import org.hotline.domain.Rejection;

/** Why the captures of a case, or of a list of cases, were not shown ({@link ViewCaptures}). */
public enum CaptureViewRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown");

    private final String code;

    CaptureViewRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
