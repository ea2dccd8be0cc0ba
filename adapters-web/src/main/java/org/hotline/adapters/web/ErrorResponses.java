package org.hotline.adapters.web;

import java.util.UUID;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.hotline.domain.Unavailable;
import org.hotline.adapters.web.pages.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer: problem details for the API, a plain page for people. An unexpected failure is logged in full
 * under a short code; the answer carries only that code, never a stack trace or an internal message.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final Templates templates;
    private final java.util.List<Route> routes;

    ErrorResponses(Templates templates, java.util.List<Route> routes) {
        this.templates = templates;
        this.routes = routes;
    }

    void httpError(HttpResponseException e, Context ctx) {
        if (e instanceof Refusal.SeeOther seeOther) {
            ctx.redirect(seeOther.location(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        int status = e.getStatus();
        if (status == 405) {
            ctx.header("Allow", allowedMethods(ctx.path()));
        }
        Messages t = Languages.messagesFor(ctx);
        if (e instanceof Refusal refusal) {
            answer(ctx, status, t.get(refusal.key() + ".title"), t.get(refusal.key() + ".detail"), e.getMessage());
            return;
        }
        String key = switch (status) {
            case 401 -> "page.unauthorised";
            case 403 -> "page.forbidden";
            case 404 -> "page.notFound";
            case 405 -> "page.methodNotAllowed";
            case 408 -> "page.timeout";
            case 409 -> "page.conflict";
            case 413 -> "page.tooLarge";
            case 415 -> "page.unsupported";
            case 429 -> "page.tooMany";
            case 503 -> "page.unavailable";
            default -> null;
        };
        if (key == null) {
            answer(ctx, status, "Request refused", e.getMessage(), e.getMessage());
            return;
        }
        // The exception's own message is written for API clients: it says what to change.
        String apiDetail = status == 401 || status == 413 || status == 415 || status == 429 ? e.getMessage() : t.get(key + ".detail");
        answer(ctx, status, t.get(key + ".title"), t.get(key + ".detail"), apiDetail);
    }

    /** A port is down (the database, say): 503 at once, with a hint when to try again; nothing was stored. */
    void unavailable(Unavailable e, Context ctx) {
        LOG.atWarn().addKeyValue("method", ctx.method().name()).addKeyValue("path", ctx.path())
                .addKeyValue("cause", e.getMessage()).log("answered 503: a service the request needs is unavailable");
        Messages t = Languages.messagesFor(ctx);
        ctx.header("Retry-After", "5");
        answer(ctx, 503, t.get("page.unavailable.title"), t.get("page.unavailable.detail"), t.get("page.unavailable.detail"));
    }

    void unexpected(Exception e, Context ctx) {
        if (SlowClients.isTooSlow(e)) {
            LOG.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("path", ctx.path())
                    .log("answered 408: the request body did not arrive in time");
            Messages t = Languages.messagesFor(ctx);
            ctx.header("Connection", "close");
            answer(ctx, 408, t.get("page.timeout.title"), t.get("page.timeout.detail"), t.get("page.timeout.detail"));
            return;
        }
        String code = UUID.randomUUID().toString().substring(0, 8);
        LOG.atError().setCause(e).addKeyValue("errorCode", code).addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path()).log("request failed");
        Messages t = Languages.messagesFor(ctx);
        String detail = t.get("page.error.detail", code);
        answer(ctx, 500, t.get("page.error.title"), detail, detail);
    }

    private void answer(Context ctx, int status, String title, String pageDetail, String apiDetail) {
        if (isApi(ctx)) {
            Problem.of(status, title, apiDetail, ctx).answer(ctx);
        } else {
            ctx.status(status);
            templates.render(ctx, "error.jte", new ErrorPage(Languages.messagesFor(ctx), status, title, pageDetail));
        }
    }

    /** The methods the routes at this path answer, for the {@code Allow} header of a 405. */
    private String allowedMethods(String path) {
        java.util.Set<String> methods = new java.util.TreeSet<>();
        for (Route route : routes) {
            if (matches(route.path(), path)) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return String.join(", ", methods);
    }

    /** Whether a route's path, such as {@code /cases/{id}/claim}, matches a request's path. */
    static boolean matches(String pattern, String path) {
        String[] expected = trimmed(pattern).split("/", -1);
        String[] actual = trimmed(path).split("/", -1);
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            boolean parameter = expected[i].startsWith("{") && expected[i].endsWith("}") && !actual[i].isEmpty();
            if (!parameter && !expected[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private static String trimmed(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
