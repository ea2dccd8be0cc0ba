package org.hotline.domain.staff;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.vavr.control.Either;
import org.hotline.domain.FieldError;

/** The name a member of staff signs in with: 2 to 64 lower-case letters, digits, dots, dashes or underscores. */
public record Username(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Username {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a username: " + value);
        }
    }

    /** Reads a username as typed: surrounding spaces are ignored and capitals read as small letters. */
    public static Either<FieldError, Username> parse(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Either.left(new FieldError("username", "required", "Give a username."));
        }
        if (!SHAPE.matcher(text).matches()) {
            return Either.left(new FieldError("username", "username.shape",
                    "A username has 2 to 64 letters, digits, dots, dashes or underscores, and starts with a letter or digit."));
        }
        return Either.right(new Username(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
