package org.hotline.adapters.exchange.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.hotline.domain.Identifiers;
import org.hotline.domain.Rejection;
import org.hotline.domain.Sha256;
import org.hotline.domain.exchange.HubDesk;
import org.hotline.domain.exchange.HubRefusal;
import org.hotline.domain.exchange.MemberId;

/**
 * The hub administrator's pages ({@code /hub}): the members with the countries they serve and their traffic, and forms
 * to enrol a member, issue a new token and withdraw a member, the same use cases as the administrator's JSON routes.
 * The administrator signs in with the hub's administrator token; the session lives in this process's memory only (a
 * random identifier in an HttpOnly, SameSite=Strict cookie, ended after {@link #IDLE} without use), and every change
 * carries the session's form token. A member's token is shown once, on the page that issues it, never stored.
 */
final class HubAdminPages {

    static final String PATH = "/hub";
    static final String SIGN_IN = PATH + "/sign-in";
    static final String SIGN_OUT = PATH + "/sign-out";
    static final String MEMBERS = PATH + "/members";
    static final String COOKIE = "hub_session";
    static final Duration IDLE = Duration.ofMinutes(30);
    private static final String FORM_TOKEN = "form_token";

    private final HubDesk hub;
    private final Optional<String> administratorTokenDigest;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private record Session(String formToken, Instant lastUsed) {
    }

    HubAdminPages(HubDesk hub, Optional<String> administratorTokenDigest) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.administratorTokenDigest = Objects.requireNonNull(administratorTokenDigest, "administratorTokenDigest");
    }

    void routes(JavalinConfig config) {
        config.routes.get(PATH, this::show);
        config.routes.post(SIGN_IN, this::signIn);
        config.routes.post(SIGN_OUT, this::signOut);
        config.routes.post(MEMBERS, ctx -> change(ctx, session -> enrol(ctx, session)));
        config.routes.post(MEMBERS + "/{id}/token", ctx -> change(ctx, session -> rotate(ctx, session)));
        config.routes.post(MEMBERS + "/{id}/withdraw", ctx -> change(ctx, session -> withdraw(ctx, session)));
    }

    private void show(Context ctx) {
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            page(ctx, HttpStatus.OK, signInForm(""));
            return;
        }
        page(ctx, HttpStatus.OK, membersPage(session.get(), ""));
    }

    private void signIn(Context ctx) {
        if (administratorTokenDigest.isEmpty()) {
            page(ctx, HttpStatus.FORBIDDEN, "<h1>Hub administration</h1><p class=\"error\">Member management is off: the"
                    + " hub has no administrator token (HOTLINE_HUB_ADMIN_TOKEN).</p>");
            return;
        }
        String given = Optional.ofNullable(ctx.formParam("token")).orElse("");
        if (!sameDigest(given, administratorTokenDigest.get())) {
            page(ctx, HttpStatus.UNAUTHORIZED, signInForm("This is not the hub's administrator token."));
            return;
        }
        String id = randomText();
        sessions.put(id, new Session(randomText(), Instant.now()));
        ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=" + PATH + "; HttpOnly; SameSite=Strict"
                + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        Optional.ofNullable(ctx.cookie(COOKIE)).ifPresent(sessions::remove);
        ctx.header("Set-Cookie", COOKIE + "=; Path=" + PATH + "; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    /** A change: only in a live session, and only with the session's form token; otherwise nothing changes. */
    private void change(Context ctx, java.util.function.Consumer<Session> action) {
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            page(ctx, HttpStatus.UNAUTHORIZED, signInForm("Sign in again: the session ended."));
            return;
        }
        String given = Optional.ofNullable(ctx.formParam(FORM_TOKEN)).orElse("");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                session.get().formToken().getBytes(StandardCharsets.UTF_8))) {
            page(ctx, HttpStatus.FORBIDDEN, "<h1>Hub administration</h1><p class=\"error\">The form was not sent from"
                    + " this hub's page; nothing was changed. <a href=\"" + PATH + "\">Back to the members</a></p>");
            return;
        }
        action.accept(session.get());
    }

    private void enrol(Context ctx, Session session) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        List<String> countries = List.of(Optional.ofNullable(ctx.formParam("countries")).orElse("").split("[,\\s]+"))
                .map(String::strip).filter(code -> !code.isEmpty()).map(code -> code.toUpperCase(java.util.Locale.ROOT));
        outcome(ctx, session, hub.enrol(name, countries).map(enrolled -> tokenShown("Enrolled " + enrolled.member().name()
                + ", serving " + enrolled.member().countries().mkString(", ") + ".", enrolled.token())));
    }

    private void rotate(Context ctx, Session session) {
        outcome(ctx, session, memberId(ctx).flatMap(hub::rotate).map(enrolled -> tokenShown("A new token for "
                + enrolled.member().name() + "; the old one no longer works.", enrolled.token())));
    }

    private void withdraw(Context ctx, Session session) {
        outcome(ctx, session, memberId(ctx).flatMap(hub::withdraw).map(member -> "<p class=\"outcome\" role=\"status\">"
                + escape(member.name()) + " is withdrawn: its token no longer works and its countries are free.</p>"));
    }

    private void outcome(Context ctx, Session session, Either<Rejection<HubRefusal>, String> result) {
        result.peek(done -> page(ctx, HttpStatus.OK, membersPage(session, done))).peekLeft(refused -> page(ctx,
                HttpStatus.UNPROCESSABLE_CONTENT, membersPage(session, "<p class=\"error\" role=\"alert\">"
                        + escape(refused.detail()) + "</p>")));
    }

    private static String tokenShown(String what, String token) {
        return "<div class=\"outcome\" role=\"status\"><p>" + escape(what) + " Give the member this token now; it is"
                + " shown this once and kept only as a digest:</p><p><code class=\"token\">" + escape(token)
                + "</code></p></div>";
    }

    private static Either<Rejection<HubRefusal>, MemberId> memberId(Context ctx) {
        return Identifiers.uuid(ctx.pathParam("id")).map(MemberId::new)
                .toEither(() -> Rejection.of(HubRefusal.UNKNOWN_MEMBER, "No member " + ctx.pathParam("id") + "."));
    }

    private String membersPage(Session session, String outcome) {
        String form = "<input type=\"hidden\" name=\"" + FORM_TOKEN + "\" value=\"" + session.formToken() + "\">";
        StringBuilder rows = new StringBuilder();
        for (HubDesk.Standing standing : hub.members()) {
            var member = standing.member();
            var traffic = standing.traffic();
            String action = MEMBERS + "/" + member.id().value();
            rows.append("<tr data-member=\"").append(member.id().value()).append("\"><th scope=\"row\">")
                    .append(escape(member.name())).append("</th><td>").append(escape(member.countries().mkString(", ")))
                    .append("</td><td>").append(member.since()).append("</td><td class=\"standing\">")
                    .append(member.withdrawn().map(at -> "withdrawn " + at).getOrElse("active"))
                    .append("</td><td>").append(traffic.sent()).append("</td><td>").append(traffic.waiting())
                    .append("</td><td>").append(traffic.delivered()).append("</td><td>");
            if (member.active()) {
                rows.append("<form method=\"post\" action=\"").append(action).append("/token\">").append(form)
                        .append("<button type=\"submit\">Issue a new token</button></form>")
                        .append("<form method=\"post\" action=\"").append(action).append("/withdraw\">").append(form)
                        .append("<button type=\"submit\">Withdraw</button></form>");
            }
            rows.append("</td></tr>");
        }
        return "<h1>Hub administration</h1>" + outcome
                + "<table class=\"members\"><caption>The network's members and their traffic through the hub</caption>"
                + "<thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Countries</th><th scope=\"col\">Since</th>"
                + "<th scope=\"col\">Standing</th><th scope=\"col\">Messages sent</th><th scope=\"col\">Waiting for it</th>"
                + "<th scope=\"col\">Delivered to it</th><th scope=\"col\">Actions</th></tr></thead><tbody>" + rows
                + "</tbody></table><h2>Enrol a member</h2><form method=\"post\" action=\"" + MEMBERS + "\">" + form
                + "<p><label for=\"name\">Name</label> <input id=\"name\" name=\"name\" required maxlength=\"200\"></p>"
                + "<p><label for=\"countries\">Countries it serves</label> <input id=\"countries\" name=\"countries\""
                + " required placeholder=\"BE, LU\" aria-describedby=\"countries-hint\"> <span id=\"countries-hint\">"
                + "two-letter codes, separated by commas</span></p><p><button type=\"submit\">Enrol</button></p></form>"
                + "<form method=\"post\" action=\"" + SIGN_OUT + "\"><button type=\"submit\">Sign out</button></form>";
    }

    private static String signInForm(String error) {
        return "<h1>Hub administration</h1>"
                + (error.isEmpty() ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>")
                + "<form method=\"post\" action=\"" + SIGN_IN + "\"><p><label for=\"token\">The hub's administrator"
                + " token</label> <input id=\"token\" name=\"token\" type=\"password\" required autocomplete=\"off\">"
                + "</p><p><button type=\"submit\">Sign in</button></p></form>";
    }

    private static void page(Context ctx, HttpStatus status, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; form-action 'self'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .result("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hub administration"
                        + "</title></head><body><main>" + body + "</main></body></html>");
    }

    /** The session the request's cookie names, if it is live; its idle time starts again. */
    private Optional<Session> session(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Session found = sessions.computeIfPresent(id, (key, live) -> live.lastUsed().plus(IDLE).isBefore(now) ? null
                : new Session(live.formToken(), now));
        return Optional.ofNullable(found);
    }

    private static boolean sameDigest(String token, String digest) {
        return !token.isEmpty() && MessageDigest.isEqual(Sha256.hex(token).getBytes(StandardCharsets.US_ASCII),
                digest.getBytes(StandardCharsets.US_ASCII));
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
