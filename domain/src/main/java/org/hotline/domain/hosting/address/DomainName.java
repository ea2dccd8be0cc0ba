package org.hotline.domain.hosting.address;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;

/**
 * A host name as DNS knows it: lower case, in ASCII (international names in punycode), without the final dot; at
 * most 253 characters in labels of 1 to 63 letters, digits, hyphens and underscores.
 */
public record DomainName(String value) {

    public static final int MAX_LENGTH = 253;
    private static final int MAX_LABEL = 63;

    public DomainName {
        Objects.requireNonNull(value, "value");
        Option<String> problem = problemWith(value);
        if (problem.isDefined()) {
            throw new IllegalArgumentException(problem.get() + ": " + value);
        }
    }

    /**
     * Reads a host name as people and DNS write it: any case, with or without the final dot, international
     * characters turned into punycode.
     */
    public static Either<FieldError, DomainName> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left(new FieldError("", "required", "A host name is required."));
        }
        String name = text.strip();
        if (name.endsWith(".") && name.length() > 1) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.chars().anyMatch(c -> c > 127)) {
            try {
                name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return Either.left(new FieldError("", "host.invalid", "'" + text.strip() + "' is not a valid host name."));
            }
        }
        name = name.toLowerCase(Locale.ROOT);
        Option<String> problem = problemWith(name);
        if (problem.isDefined()) {
            return Either.left(new FieldError("", "host.invalid",
                    "'" + text.strip() + "' is not a valid host name: " + problem.get() + "."));
        }
        return Either.right(new DomainName(name));
    }

    /** The labels from the left: {@code www}, {@code example}, {@code org}. */
    public List<String> labels() {
        return List.of(value.split("\\."));
    }

    /** The name one label up ({@code example.org} for {@code www.example.org}); none for a single label. */
    public Option<DomainName> parent() {
        int dot = value.indexOf('.');
        return dot < 0 ? Option.none() : Option.some(new DomainName(value.substring(dot + 1)));
    }

    /** True for this name itself and every name below it. */
    public boolean isWithin(DomainName zone) {
        return value.equals(zone.value) || value.endsWith("." + zone.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Option<String> problemWith(String name) {
        if (name.isEmpty()) {
            return Option.some("it is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Option.some("it is longer than " + MAX_LENGTH + " characters");
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty()) {
                return Option.some("it has an empty label");
            }
            if (label.length() > MAX_LABEL) {
                return Option.some("a label is longer than " + MAX_LABEL + " characters");
            }
            if (!label.chars().allMatch(DomainName::allowed)) {
                return Option.some("it holds a character other than letters, digits, '-' and '_'");
            }
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Option.some("it ends in a number, like an IPv4 address, but is not one");
        }
        return Option.none();
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
