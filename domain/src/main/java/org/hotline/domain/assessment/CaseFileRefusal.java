package org.hotline.domain.assessment;

import org.hotline.domain.Rejection;

/** Why a case file was not opened ({@link ViewCaseFile}). */
public enum CaseFileRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown");

    private final String code;

    CaseFileRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
