package org.hotline.adapters.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import org.hotline.adapters.web.security.SecureTokens;
import org.hotline.domain.staff.SignIn;

/**
 * What every matched request passes before its route runs, in this order: the session it presents is recognised;
 * the route's declared access is checked; a state-changing request's form token is checked.
 */
final class Gate {

    static final String SESSION_COOKIE = "hotline_session";
    static final String SIGN_IN = "/sign-in";
    static final String CHANGE_PASSWORD = "/account/password";
    static final String SIGN_OUT = "/sign-out";

    private final SignIn signIn;
    private final Optional<String> metricsToken;
    private final Clients clients;

    Gate(SignIn signIn, Optional<String> metricsToken, Clients clients) {
        this.signIn = signIn;
        this.metricsToken = metricsToken;
        this.clients = clients;
    }

    /** Recognises the member behind the request from their session cookie, if it opens a live session. */
    void recognise(Context ctx) {
        if (ErrorResponses.isApi(ctx)) {
            return;
        }
        String token = ctx.cookie(SESSION_COOKIE);
        if (token != null && token.matches(SecureTokens.SHAPE)) {
            signIn.recognise(token).forEach(authenticated -> SignedInStaff.remember(ctx, authenticated));
        }
    }

    /** Every route declares who may use it; a route that declares nobody is refused to everyone. */
    void checkAccess(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.contains(Access.PUBLIC)) {
            return;
        }
        if (allowed.contains(Access.MONITORING)) {
            // The client, not the TCP peer: behind a trusted proxy on this machine, every request comes from loopback.
            if (WebServer.isLoopback(clients.addressOf(ctx)) || metricsToken.map(t -> presents(ctx, t)).orElse(false)) {
                return;
            }
            throw new Refusal(HttpStatus.FORBIDDEN, "page.forbidden", "This is for monitoring from this machine.");
        }
        Optional<SignedInStaff> staff = SignedInStaff.of(ctx);
        if (staff.isEmpty()) {
            if (isPageRead(ctx)) {
                throw new Refusal.SeeOther(SIGN_IN + "?next=" + URLEncoder.encode(wanted(ctx), StandardCharsets.UTF_8));
            }
            throw new Refusal(HttpStatus.UNAUTHORIZED, "page.signInFirst", "Sign in first.");
        }
        if (staff.get().mustChangePassword() && !ctx.path().equals(CHANGE_PASSWORD) && !ctx.path().equals(SIGN_OUT)) {
            if (isPageRead(ctx)) {
                throw new Refusal.SeeOther(CHANGE_PASSWORD);
            }
            throw new Refusal(HttpStatus.FORBIDDEN, "page.mustChangePassword", "Choose a new password first.");
        }
        boolean holdsOne = staff.get().roles().stream().anyMatch(role -> allowed.contains(Access.of(role)));
        if (!holdsOne) {
            throw new Refusal(HttpStatus.FORBIDDEN, "page.forbidden", "Your roles do not include this page.");
        }
    }

    /** Where a member goes after signing in when no page was asked for: the first page their roles open. */
    static String home(SignedInStaff staff, java.util.List<Route> routes) {
        if (staff.mustChangePassword()) {
            return CHANGE_PASSWORD;
        }
        for (String page : Navigation.PAGES.keySet()) {
            if (Navigation.opens(routes, page, staff)) {
                return page;
            }
        }
        return "/account";
    }

    /**
     * A page to return to after signing in, if it is one of ours: a path on this site, never an address elsewhere
     * ({@code //host}, {@code /\host}, a scheme) that would make the sign-in page a springboard for phishing.
     */
    static Optional<String> safeNext(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    private static boolean isPageRead(Context ctx) {
        return (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) && !ErrorResponses.isApi(ctx);
    }

    private static String wanted(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static boolean presents(Context ctx, String token) {
        String authorization = ctx.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") && java.security.MessageDigest.isEqual(
                authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
