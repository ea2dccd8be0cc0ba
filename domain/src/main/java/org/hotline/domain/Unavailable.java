package org.hotline.domain;

/**
 * A secondary port cannot do its work at the moment: the service behind it is down or unreachable. The same call may
 * succeed later. Nothing was changed, except where the connection was lost while a change was being committed; a
 * caller that must know retries with the same idempotency key.
 */
public final class Unavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
