package org.hotline.domain.hosting;

import org.hotline.domain.Rejection;

/** Why the hosting country an analyst named was not taken ({@link HostingSummary#decide}). */
public enum HostingDecisionRefusal implements Rejection.Reason {
    /** A country other than the trace's candidates needs a reason. */
    REASON_REQUIRED("hosting.reason_required"),
    REASON_TOO_LONG("hosting.reason_too_long");

    private final String code;

    HostingDecisionRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
