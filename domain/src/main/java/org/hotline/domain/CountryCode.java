package org.hotline.domain;

import java.util.Locale;
import java.util.Objects;

import io.vavr.control.Option;

/** A country by its ISO 3166-1 alpha-2 code, in upper case: {@code BE}, {@code GB}. */
public record CountryCode(String value) {

    public CountryCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + value);
        }
    }

    public static Option<CountryCode> parse(String text) {
        if (text == null) {
            return Option.none();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return upper.matches("[A-Z]{2}") ? Option.some(new CountryCode(upper)) : Option.none();
    }

    @Override
    public String toString() {
        return value;
    }
}
