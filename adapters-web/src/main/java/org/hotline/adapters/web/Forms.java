package org.hotline.adapters.web;

import io.javalin.http.Context;

/** Reading the fields of a posted form. */
final class Forms {

    private Forms() {
    }

    /** The field as sent, or empty when it was not. */
    static String text(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** Text shown back in a form, cut to a length no valid value exceeds, so that a huge value is not echoed whole. */
    static String limited(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
