package org.hotline.domain.knowncontent;

import java.util.Locale;

import io.vavr.control.Either;

/** What the law of a list's jurisdiction said of an entry's content. */
public enum KnownVerdict {
    ILLEGAL,
    NOT_ILLEGAL;

    /** The verdict named in this text ({@code illegal}, {@code not-illegal}, any case, '-' or '_'). */
    public static Either<String, KnownVerdict> parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (KnownVerdict verdict : values()) {
            if (verdict.name().equals(name)) {
                return Either.right(verdict);
            }
        }
        return Either.left("a verdict is illegal or not-illegal, not '" + text + "'");
    }

    /** The name as written in files: {@code not-illegal}. */
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
