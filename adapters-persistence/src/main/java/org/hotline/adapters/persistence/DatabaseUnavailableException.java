package org.hotline.adapters.persistence;

/** The database could not be started, reached or migrated; the message says which and why. */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
