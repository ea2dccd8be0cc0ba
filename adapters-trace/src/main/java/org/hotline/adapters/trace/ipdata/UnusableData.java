package org.hotline.adapters.trace.ipdata;

/** A data set that is missing or cannot be read; the message says which file and why, for an administrator. */
final class UnusableData extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean missing;

    private UnusableData(String message, boolean missing, Throwable cause) {
        super(message, cause);
        this.missing = missing;
    }

    static UnusableData missing(String message) {
        return new UnusableData(message, true, null);
    }

    static UnusableData corrupt(String message, Throwable cause) {
        return new UnusableData(message, false, cause);
    }

    /** True when the files are not there at all, rather than there and unreadable. */
    boolean isMissing() {
        return missing;
    }
}
