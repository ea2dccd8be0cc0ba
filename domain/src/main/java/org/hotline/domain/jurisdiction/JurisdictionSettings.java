package org.hotline.domain.jurisdiction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Settings an operator gives a law adapter, such as the commencement date of a provision whose date was not known
 * when the adapter was written. Keys are lower case with dots, such as {@code uk.s46a.commencement}.
 */
public record JurisdictionSettings(Map<String, String> values) {

    public JurisdictionSettings {
        Objects.requireNonNull(values, "values");
    }

    public static JurisdictionSettings none() {
        return new JurisdictionSettings(TreeMap.empty());
    }

    public static JurisdictionSettings of(String key, String value) {
        return new JurisdictionSettings(TreeMap.of(key, value));
    }

    public Option<String> get(String key) {
        return values.get(key);
    }

    /** A date setting: none when not set, an error naming the key when set but not a date. */
    public Either<String, Option<LocalDate>> date(String key) {
        Option<String> text = get(key);
        if (text.isEmpty()) {
            return Either.right(Option.none());
        }
        try {
            return Either.right(Option.some(LocalDate.parse(text.get().strip())));
        } catch (DateTimeParseException e) {
            return Either.left(key + " must be a date written as YYYY-MM-DD, not '" + text.get() + "'");
        }
    }
}
