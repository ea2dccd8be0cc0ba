package org.hotline.adapters.web;

import java.util.Set;

import io.javalin.http.Context;

/**
 * The cookies the web sets: only for this site ({@code SameSite=Strict}), out of reach of scripts
 * ({@code HttpOnly}), and {@code Secure} whenever the request came over TLS, directly or through a trusted reverse
 * proxy that says so in {@code X-Forwarded-Proto}, or always when the operator says the site is only served over TLS.
 * The session's cookie has no expiry: it ends with the browser, and the server decides how long a session lasts. The
 * browser's own token (which lets its member in past a lock-out strangers caused) lasts a year.
 */
final class Cookies {

    private final boolean alwaysSecure;
    private final Set<String> trustedProxies;

    Cookies(boolean alwaysSecure, Set<String> trustedProxies) {
        this.alwaysSecure = alwaysSecure;
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    boolean secure(Context ctx) {
        if (alwaysSecure || ctx.req().isSecure()) {
            return true;
        }
        String forwarded = ctx.header("X-Forwarded-Proto");
        return forwarded != null && trustedProxies.contains(ctx.req().getRemoteAddr())
                && forwarded.split(",")[0].strip().equalsIgnoreCase("https");
    }

    void set(Context ctx, String name, String value) {
        ctx.addHeader("Set-Cookie", name + "=" + value + attributes(ctx));
    }

    /** A cookie that outlives the browser's session, for as long as given. */
    void setLasting(Context ctx, String name, String value, java.time.Duration lasting) {
        ctx.addHeader("Set-Cookie", name + "=" + value + "; Max-Age=" + lasting.toSeconds() + attributes(ctx));
    }

    void clear(Context ctx, String name) {
        ctx.addHeader("Set-Cookie", name + "=; Max-Age=0" + attributes(ctx));
    }

    private String attributes(Context ctx) {
        return "; Path=/; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : "");
    }
}
