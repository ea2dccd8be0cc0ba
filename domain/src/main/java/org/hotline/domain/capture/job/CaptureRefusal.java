package org.hotline.domain.capture.job;

import org.hotline.domain.Rejection;

/** Why a capture was not asked for ({@link RequestCapture}). Nothing was changed. */
public enum CaptureRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required"),
    CASE_UNKNOWN("case.unknown"),
    /** The case has a capture pending or running already; its outcome will be shown. */
    ALREADY_WAITING("capture.already_waiting");

    private final String code;

    CaptureRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
