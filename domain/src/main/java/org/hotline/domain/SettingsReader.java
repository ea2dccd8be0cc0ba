package org.hotline.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Reads settings from environment variables and collects every problem with them, one line each, naming the
 * variable and what it expects, so that an operator sees all that is wrong at once. A missing or blank variable takes
 * its default.
 */
public final class SettingsReader {

    /** One environment variable, as the README's configuration table documents it. */
    public record Variable(String name, String defaultValue, String meaning) {
        public Variable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(defaultValue, "defaultValue");
            Objects.requireNonNull(meaning, "meaning");
        }
    }

    private final Map<String, String> environment;
    private final List<String> problems = new ArrayList<>();

    public SettingsReader(Map<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The variable's value without surrounding spaces; none when it is missing or blank. */
    public Option<String> text(String variable) {
        return Option.of(environment.get(variable)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The variable as a whole number from {@code min} to {@code max}; the fallback, and a problem, when it is not. */
    public long number(String variable, long fallback, long min, long max) {
        Option<String> given = text(variable);
        if (given.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(given.get());
            if (value >= min && value <= max) {
                return value;
            }
            problem(variable, "must be between " + min + " and " + max + ", not " + value);
        } catch (NumberFormatException e) {
            problem(variable, "must be a whole number, not '" + given.get() + "'");
        }
        return fallback;
    }

    /** Records that {@code variable} {@code message}, as the sentence {@code VARIABLE message.} */
    public void problem(String variable, String message) {
        problems.add(variable + " " + message + ".");
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem so far, or the settings {@code settings} builds when there is none. */
    public <T> Either<Seq<String>, T> result(Supplier<T> settings) {
        return problems.isEmpty() ? Either.right(settings.get()) : Either.left(io.vavr.collection.List.ofAll(problems));
    }
}
