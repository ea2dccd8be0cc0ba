package org.hotline.domain;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Why something a person asked for was refused, with nothing changed: {@code code} is a stable key a user interface
 * can translate (such as {@code claim.taken}); {@code detail} is the English explanation; {@code fields} lists the
 * input that was wrong, where the refusal is about input.
 */
public record Rejection(String code, String detail, Seq<FieldError> fields) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fields, "fields");
        if (!code.matches("[a-z]+(\\.[a-z_]+)+")) {
            throw new IllegalArgumentException("a rejection code is a dotted lower-case name, such as claim.taken: " + code);
        }
    }

    public static Rejection of(String code, String detail) {
        return new Rejection(code, detail, List.empty());
    }

    public static Rejection ofFields(String code, String detail, Seq<FieldError> fields) {
        return new Rejection(code, detail, fields);
    }
}
