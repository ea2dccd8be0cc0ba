package org.hotline.domain.knowncontent;

import java.util.Objects;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/** The name a hash list is known by here: 1 to 64 letters, digits, spaces, dots, hyphens and underscores. */
@ValueObject
public record ListName(String value) {

    /** Longest name. */
    public static final int MAX_LENGTH = 64;

    public ListName {
        Objects.requireNonNull(value, "value");
        if (problem(value) != null) {
            throw new IllegalArgumentException(problem(value));
        }
    }

    /** The name in this text (surrounding spaces ignored), or why it is not one. */
    public static Either<String, ListName> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left("a list needs a name");
        }
        String name = text.strip();
        String problem = problem(name);
        return problem == null ? Either.right(new ListName(name)) : Either.left(problem);
    }

    private static String problem(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return "a list's name has 1 to " + MAX_LENGTH + " characters, not " + name.length();
        }
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*")) {
            return "a list's name begins with a letter or digit and has only letters, digits, spaces, '.', '-' and '_'";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
