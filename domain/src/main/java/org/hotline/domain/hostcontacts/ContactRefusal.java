package org.hotline.domain.hostcontacts;

import org.hotline.domain.Rejection;

/** Why the registry refused a change. Nothing was changed. */
public enum ContactRefusal implements Rejection.Reason {
    /** A field was not valid (the rejection names which). */
    INVALID("contact.invalid"),
    /** The scope has a contact in that role already. */
    SCOPE_TAKEN("contact.scope_taken"),
    /** No entry has that identifier. */
    NOT_FOUND("contact.not_found"),
    /** An import file had a bad line: nothing was imported. */
    IMPORT_REFUSED("contact.import_refused");

    private final String code;

    ContactRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
