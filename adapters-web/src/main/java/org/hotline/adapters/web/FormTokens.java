package org.hotline.adapters.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import org.hotline.adapters.web.security.RandomTokens;

/**
 * Protection against cross-site request forgery: every request that can change something carries a token in the
 * hidden form field {@value #FIELD}, and the gate refuses one whose token is missing or wrong before its route runs.
 *
 * <p>A signed-in member's forms carry their session's token (a synchronizer token, kept with the session). Forms of
 * the public, who have no session, carry a random token that is also set in a {@code SameSite=Strict} cookie
 * (double submit): another site can make a browser send the cookie to us, but cannot read it to put it in a form.
 * The JSON API under {@code /api/} uses no cookies and needs no token.
 */
final class FormTokens {

    static final String FIELD = "_csrf";
    static final String COOKIE = "hotline_form";
    private static final String ISSUED = "hotline.formToken";

    private final RandomTokens tokens;
    private final Cookies cookies;

    FormTokens(RandomTokens tokens, Cookies cookies) {
        this.tokens = tokens;
        this.cookies = cookies;
    }

    /** The token this request's forms must carry; for the public, set in the cookie if it is not there yet. */
    String tokenFor(Context ctx) {
        var staff = SignedInStaff.of(ctx);
        if (staff.isPresent()) {
            return staff.get().formToken();
        }
        String issued = ctx.attribute(ISSUED);
        if (issued != null) {
            return issued;
        }
        String cookie = ctx.cookie(COOKIE);
        String token = cookie != null && cookie.matches(RandomTokens.SHAPE) ? cookie : tokens.next();
        if (!token.equals(cookie)) {
            cookies.set(ctx, COOKIE, token);
        }
        ctx.attribute(ISSUED, token);
        return token;
    }

    /** Refuses a state-changing request without the right token; reads, and the API, pass. */
    void check(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS
                || ErrorResponses.isApi(ctx)) {
            return;
        }
        // Only forms are sent here; anything else is refused before its token is looked for.
        if (!WebServer.takesFiles(ctx) || !"multipart/form-data".equals(Requests.mediaType(ctx))) {
            Requests.requireFormBody(ctx);
        }
        String expected = SignedInStaff.of(ctx).map(SignedInStaff::formToken).orElseGet(() -> {
            String cookie = ctx.cookie(COOKIE);
            return cookie != null && cookie.matches(RandomTokens.SHAPE) ? cookie : null;
        });
        String presented = ctx.formParam(FIELD);
        if (expected == null || presented == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8))) {
            throw new Refusal(HttpStatus.FORBIDDEN, "page.formToken",
                    "The form's token is missing or wrong: reload the page and send the form again.");
        }
    }
}
