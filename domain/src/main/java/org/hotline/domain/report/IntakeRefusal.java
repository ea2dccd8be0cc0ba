package org.hotline.domain.report;

import org.hotline.domain.Rejection;

/** Why a report was not filed ({@link SubmitReport}). Nothing was stored. */
public enum IntakeRefusal implements Rejection.Reason {
    /** The submission has problems, each listed with its field. */
    INVALID("report.invalid"),
    /** The idempotency key came before with a different request: a new report needs a new key. */
    KEY_REUSED("idempotency.key_reused");

    private final String code;

    IntakeRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
