package org.hotline.adapters.web;

import java.util.Locale;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;

/** Checks on the shape of a request that come before its content is read. */
final class Requests {

    private Requests() {
    }

    static void requireFormBody(Context ctx) {
        if (!"application/x-www-form-urlencoded".equals(mediaType(ctx))) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the form as application/x-www-form-urlencoded.", java.util.Map.of());
        }
    }

    static void requireJsonBody(Context ctx) {
        String type = mediaType(ctx);
        if (!"application/json".equals(type) && (type == null || !type.endsWith("+json"))) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json.", java.util.Map.of());
        }
    }

    /** The media type of the request body, without parameters, in lower case; null when there is none. */
    static String mediaType(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
