package org.hotline.adapters.web;

import java.util.Map;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * A request refused with a page of its own words: the message key names the title ({@code key.title}) and the
 * explanation ({@code key.detail}) in the message bundle; the English message is for API clients.
 */
final class Refusal extends HttpResponseException {

    private static final long serialVersionUID = 1L;

    private final String key;

    Refusal(HttpStatus status, String key, String message) {
        super(status, message, Map.of());
        this.key = key;
    }

    String key() {
        return key;
    }

    /** Sends the browser elsewhere (303 See Other) instead of running the route. */
    static final class SeeOther extends HttpResponseException {

        private static final long serialVersionUID = 1L;

        private final String location;

        SeeOther(String location) {
            super(HttpStatus.SEE_OTHER, "See " + location, Map.of());
            this.location = location;
        }

        String location() {
            return location;
        }
    }
}
