package org.hotline.domain.law;

/** What the material shows, in clinical terms. */
public enum ContentClass {
    PENETRATIVE_SEXUAL_ACTIVITY,
    NON_PENETRATIVE_SEXUAL_ACTIVITY,
    SEXUAL_ACTIVITY_WITH_ANIMAL_OR_SADISM,
    GENITAL_OR_ANAL_FOCUS,
    OTHER_SEXUALISED,
    NONE;

    /** Explicit sexual activity, or a focus on the genital or anal region: the severity the baseline asks for. */
    public boolean isExplicit() {
        return this != OTHER_SEXUALISED && this != NONE;
    }
}
