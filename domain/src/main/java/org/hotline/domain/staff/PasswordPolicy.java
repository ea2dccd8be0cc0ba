package org.hotline.domain.staff;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.hotline.domain.FieldError;

/**
 * What makes a password acceptable: at least 12 characters (length matters more than symbols), at most 200 (hashing
 * is deliberately costly, so the input is bounded), and not the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Every problem with a new password and its repetition, under the given form field names. */
    public static Seq<FieldError> check(String field, String password, String repeatField, String repeat, Username username) {
        String given = password == null ? "" : password;
        List<FieldError> errors = List.empty();
        if (given.codePointCount(0, given.length()) < MIN_LENGTH) {
            errors = errors.append(new FieldError(field, "password.too_short",
                    "A password has at least " + MIN_LENGTH + " characters."));
        } else if (given.length() > MAX_LENGTH) {
            errors = errors.append(new FieldError(field, "too_long",
                    "A password has at most " + MAX_LENGTH + " characters."));
        } else if (given.strip().equalsIgnoreCase(username.value())) {
            errors = errors.append(new FieldError(field, "password.is_username", "A password cannot be the username."));
        }
        if (!given.equals(repeat)) {
            errors = errors.append(new FieldError(repeatField, "password.repeat_differs",
                    "The two passwords are not the same."));
        }
        return errors;
    }
}
