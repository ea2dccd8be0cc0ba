package org.hotline.adapters.web;

/**
 * How the web adapter behaves.
 *
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413 without being read
 * @param rateLimit how many reports one client of the public may file (the domain's {@code ReportRateLimit} counts
 *                  them, shared by every instance)
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 *                       headers are believed
 * @param secureCookies true when the site is only ever served over TLS: cookies are then always {@code Secure}, not
 *                      only when a request is seen to come over TLS
 * @param languages the languages pages are offered in
 * @param deadlines how long the server waits for slow clients
 */
public record WebSettings(long maxBodyBytes, RateLimit rateLimit, java.util.Set<String> trustedProxies,
        boolean secureCookies, Languages languages, Deadlines deadlines) {

    public WebSettings(long maxBodyBytes, RateLimit rateLimit, java.util.Set<String> trustedProxies,
            boolean secureCookies, Languages languages) {
        this(maxBodyBytes, rateLimit, trustedProxies, secureCookies, languages, Deadlines.STANDARD);
    }

    public WebSettings(long maxBodyBytes, RateLimit rateLimit, java.util.Set<String> trustedProxies) {
        this(maxBodyBytes, rateLimit, trustedProxies, false, Languages.bundled());
    }

    public WebSettings(long maxBodyBytes, RateLimit rateLimit, java.util.Set<String> trustedProxies, boolean secureCookies) {
        this(maxBodyBytes, rateLimit, trustedProxies, secureCookies, Languages.bundled());
    }

    public WebSettings(long maxBodyBytes, RateLimit rateLimit, java.util.Set<String> trustedProxies, Languages languages) {
        this(maxBodyBytes, rateLimit, trustedProxies, false, languages);
    }

    /** Fits the largest valid report (50 addresses of 4,096 characters and a 5,000-character description). */
    public static final long DEFAULT_MAX_BODY_BYTES = 512 * 1024;

    public static final RateLimit DEFAULT_RATE_LIMIT = new RateLimit(30, 10);

    public WebSettings {
        java.util.Objects.requireNonNull(rateLimit, "rateLimit");
        java.util.Objects.requireNonNull(languages, "languages");
        java.util.Objects.requireNonNull(deadlines, "deadlines");
        trustedProxies = java.util.Set.copyOf(trustedProxies);
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1 KiB");
        }
    }

    /** These settings with other deadlines for slow clients. */
    public WebSettings withDeadlines(Deadlines other) {
        return new WebSettings(maxBodyBytes, rateLimit, trustedProxies, secureCookies, languages, other);
    }

    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT, java.util.Set.of(), false);
    }
}
