package org.hotline.domain.assessment;

import org.hotline.domain.Rejection;

/** Why the list of open cases a change of the law would decide otherwise was not shown ({@link ReviewLawChanges}). */
public enum LawChangesRefusal implements Rejection.Reason {
    ROLE_REQUIRED("staff.role_required");

    private final String code;

    LawChangesRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
