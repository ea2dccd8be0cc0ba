package org.hotline.domain.assessment;

import org.hotline.domain.Rejection;

/** Why the system did not classify a case from known content ({@link ClassifyKnownContent}). Nothing was changed. */
public enum KnownContentRefusal implements Rejection.Reason {
    CASE_UNKNOWN("case.unknown"),
    /** Some item is not known, or not known as illegal under the home jurisdiction's classification: analysts assess. */
    NOT_ALL_KNOWN_ILLEGAL("known.not_all_known_illegal"),
    /** The case waits for no assessment (an analyst holds it, or it was decided meanwhile). */
    NOT_AWAITING_ASSESSMENT("case.not_awaiting_assessment"),
    /** Someone changed the case between reading and storing it. */
    CHANGED_MEANWHILE("case.changed");

    private final String code;

    KnownContentRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
