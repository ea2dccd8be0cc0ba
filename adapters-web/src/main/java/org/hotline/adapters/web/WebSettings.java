package org.hotline.adapters.web;

/**
 * How the web adapter behaves.
 *
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413 without being read
 */
public record WebSettings(long maxBodyBytes) {

    /** Fits the largest valid report (50 addresses of 4,096 characters and a 5,000-character description). */
    public static final long DEFAULT_MAX_BODY_BYTES = 512 * 1024;

    public WebSettings {
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1 KiB");
        }
    }

    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_MAX_BODY_BYTES);
    }
}
