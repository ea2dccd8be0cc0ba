package org.hotline.adapters.web;

import java.util.Locale;

import io.javalin.http.Context;

/** Chooses the language of a page. */
final class Languages {

    private Languages() {
    }

    static Messages messagesFor(Context ctx) {
        return Messages.in(Locale.ENGLISH);
    }
}
