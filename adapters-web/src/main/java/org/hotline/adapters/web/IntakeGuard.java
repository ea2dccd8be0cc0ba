package org.hotline.adapters.web;

import java.util.Map;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.vavr.control.Option;
import org.hotline.domain.partner.Partner;
import org.hotline.domain.partner.RecognisePartner;
import org.hotline.domain.throttle.Admission;
import org.hotline.domain.throttle.ThrottleReports;

/**
 * Stands at the door of report intake: recognises a partner's key, and holds the public to the rate limit so that a
 * flood from one client cannot crowd out everyone else (the domain counts the tokens, shared by every instance). A
 * partner with a valid key is never limited; a key that is presented but not recognised is refused, never silently
 * treated as anonymous.
 */
final class IntakeGuard {

    private final RecognisePartner partners;
    private final ThrottleReports throttle;
    private final Clients clients;

    IntakeGuard(RecognisePartner partners, ThrottleReports throttle, Clients clients) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** The partner presenting its key with this request, if any; refuses a presented key that is not recognised. */
    Option<Partner> partner(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return Option.none();
        }
        if (!authorization.startsWith("Bearer ")) {
            throw unauthorised(ctx, "Present a partner key as: Authorization: Bearer hlk_...");
        }
        Option<Partner> partner = partners.recognise(authorization.substring(7).strip());
        if (partner.isEmpty()) {
            throw unauthorised(ctx, "This key is not a valid partner key. Report without a key, or ask the hotline for a new one.");
        }
        return partner;
    }

    /** Lets the request through, or refuses it with 429 and the seconds to wait; partners are not limited. */
    Option<Partner> admit(Context ctx) {
        Option<Partner> partner = partner(ctx);
        if (partner.isEmpty() && throttle.admit(clients.addressOf(ctx)) instanceof Admission.Refused refused) {
            ctx.header("Retry-After", Long.toString(refused.seconds()));
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many reports from this address; wait " + refused.seconds() + " s before sending the next.", Map.of());
        }
        return partner;
    }

    private static HttpResponseException unauthorised(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"hotline partners\"");
        return new HttpResponseException(HttpStatus.UNAUTHORIZED, message, Map.of());
    }
}
