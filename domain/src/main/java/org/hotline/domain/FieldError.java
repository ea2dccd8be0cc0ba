package org.hotline.domain;

import java.util.Objects;

/**
 * One thing wrong with a piece of input, and where: {@code field} is a path such as {@code urls[1]} or
 * {@code contact.email}; {@code code} is a stable key a user interface can translate; {@code detail} is the
 * English explanation used where no translation exists.
 */
public record FieldError(String field, String code, String detail) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public FieldError at(String parentField) {
        return new FieldError(parentField + (field.isEmpty() || field.startsWith("[") ? "" : ".") + field, code, detail);
    }
}
