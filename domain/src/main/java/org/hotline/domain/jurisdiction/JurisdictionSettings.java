package org.hotline.domain.jurisdiction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Settings an operator gives a law adapter, such as the commencement date of a provision whose date was not known
 * when the adapter was written. Keys are lower case with dots, such as {@code uk.s46a.commencement}; the operator
 * sets them as environment variables named by {@link #variableFor(String)}, such as
 * {@code HOTLINE_LAW_UK_S46A_COMMENCEMENT}.
 */
public record JurisdictionSettings(Map<String, String> values) {

    /** What the environment variable of every law adapter setting starts with. */
    public static final String VARIABLE_PREFIX = "HOTLINE_LAW_";

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

    /**
     * The environment variable an operator sets for a key, to name in messages: {@code uk.s46a.commencement} is set
     * as {@code HOTLINE_LAW_UK_S46A_COMMENCEMENT}.
     */
    public static String variableFor(String key) {
        return VARIABLE_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** A date setting: none when not set; when set but not a date, an error naming the environment variable. */
    public Either<String, Option<LocalDate>> date(String key) {
        Option<String> text = get(key);
        if (text.isEmpty()) {
            return Either.right(Option.none());
        }
        try {
            return Either.right(Option.some(LocalDate.parse(text.get().strip())));
        } catch (DateTimeParseException e) {
            return Either.left(variableFor(key) + " (setting " + key + ") must be a date written as YYYY-MM-DD, not '"
                    + text.get() + "'");
        }
    }
}
