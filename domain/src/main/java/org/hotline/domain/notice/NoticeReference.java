package org.hotline.domain.notice;

import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Identifies one notice, for the recipient to quote in a reply: letters, digits, dots, hyphens and underscores, 1 to
 * 64 characters, starting with a letter or a digit, such as {@code BE-NTD-2026-000042}. Every notice has its own,
 * reminders and escalations included; each names the notice it follows.
 */
@ValueObject
public record NoticeReference(String value) {

    public static final int MAX_LENGTH = 64;

    public NoticeReference {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}")) {
            throw new IllegalArgumentException("a notice reference is 1 to " + MAX_LENGTH
                    + " letters, digits, dots, hyphens and underscores, starting with a letter or digit: " + value);
        }
    }

    public static Either<FieldError, NoticeReference> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left(new FieldError("", "required", "A notice reference is required."));
        }
        String value = text.strip();
        try {
            return Either.right(new NoticeReference(value));
        } catch (IllegalArgumentException e) {
            return Either.left(new FieldError("", "notice_reference.invalid", "'" + value + "' is not a notice reference: "
                    + "use 1 to " + MAX_LENGTH + " letters, digits, dots, hyphens and underscores."));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
