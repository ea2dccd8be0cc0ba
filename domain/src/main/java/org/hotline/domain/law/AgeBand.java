package org.hotline.domain.law;

/** How old the youngest person depicted appears to be. */
public enum AgeBand {
    /** Pre-pubescent: appears to be under 13. */
    UNDER_13,
    /** Pubescent: appears to be 13 to 17. */
    AGE_13_TO_17,
    /** Appears to be a minor, without a closer estimate. */
    APPEARS_MINOR,
    /** Appears to be an adult. */
    ADULT,
    /** The age cannot be judged. */
    UNDETERMINED;

    /** True when the person is, or appears to be, under 18. */
    public boolean isMinor() {
        return this == UNDER_13 || this == AGE_13_TO_17 || this == APPEARS_MINOR;
    }
}
