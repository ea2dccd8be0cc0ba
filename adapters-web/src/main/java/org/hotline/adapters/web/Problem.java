package org.hotline.adapters.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import org.hotline.domain.FieldError;

/**
 * An error answer in the form of RFC 9457 problem details, with the list of field errors when the input was at
 * fault. Never carries a stack trace or an internal message.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(String type, String title, int status, String detail, String instance, List<Error> errors) {

    static final String CONTENT_TYPE = "application/problem+json";

    /** One field error: where ({@code field}, such as {@code urls[1]}), a stable {@code code}, and what is wrong. */
    record Error(String field, String code, String detail) {
        static Error of(FieldError error) {
            return new Error(error.field(), error.code(), error.detail());
        }
    }

    static Problem of(int status, String title, String detail, Context ctx) {
        return new Problem("about:blank", title, status, detail, ctx.path(), List.of());
    }

    static Problem invalid(List<Error> errors, Context ctx) {
        return new Problem("https://hotline.example.org/problems/invalid-report", "The request has invalid fields",
                400, "Correct the fields listed in errors and send the request again.", ctx.path(), errors);
    }

    void answer(Context ctx) {
        ctx.status(status).json(this).contentType(CONTENT_TYPE);
    }
}
