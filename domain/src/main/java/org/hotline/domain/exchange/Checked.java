package org.hotline.domain.exchange;

import java.util.function.Supplier;

import io.vavr.control.Either;
import io.vavr.control.Try;

/** Builds a value of this package from values read from outside (the wire, a form), or says what is wrong with them. */
public final class Checked {

    private Checked() {
    }

    /** The value, or its constructor's complaint (naming the field first) when the values are refused. */
    public static <T> Either<String, T> of(Supplier<T> values) {
        return Try.of(values::get).toEither().mapLeft(problem -> problem instanceof IllegalArgumentException
                || problem instanceof NullPointerException ? String.valueOf(problem.getMessage()) : problem.toString());
    }
}
