package org.hotline.domain.recheck;

/** What a re-check found at a takedown's address. */
public enum RecheckOutcome {
    /** The page is gone (404 or 410, or its name no longer resolves): the removal is seen. */
    GONE,
    /** The page answers, but the fingerprints of its items differ from those of the case's latest capture. */
    CHANGED,
    /** The page answers from another host or another country: the case goes back to the hosting trace. */
    MOVED,
    /** The page answers with the items captured before. */
    STILL_THERE,
    /** The address could not be fetched (a time-out, a refused connection, a server error): nothing is concluded. */
    UNREACHABLE;

    /** The stable key of the outcome, for translations: {@code recheck.gone} and so on. */
    public String code() {
        return "recheck." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
