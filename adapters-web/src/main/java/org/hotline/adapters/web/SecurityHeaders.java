package org.hotline.adapters.web;

import java.util.Map;

import io.javalin.http.Context;

/**
 * Headers on every answer, Jetty's own error answers included. No page loads anything from elsewhere, runs inline
 * script or can be framed; no address of a page leaks to another site through the Referer header; dynamic pages are
 * never cached.
 */
final class SecurityHeaders {

    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Every header, in the order they are set; the caching header is left to the caller. */
    static final Map<String, String> HEADERS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Map.of(
            "Content-Security-Policy", POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")));

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
        if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
