package org.hotline.domain.knowncontent;

import java.util.Locale;

import io.vavr.control.Either;

/** The formats a list is imported from (see the README's Known content section for each). */
public enum ListFormat {
    /** Our own CSV: a header line {@value ListLines#CSV_HEADER}, then one hash a line. */
    CSV,
    /** Project VIC's VICS JSON 2.0: an OData document whose {@code value} array holds media with MD5, SHA1, Category. */
    VICS,
    /** One MD5, SHA-1 or SHA-256 a line (told apart by length), each taking the list's default classification. */
    PLAIN,
    /** One PDQ hash a line with its quality, {@code hash,quality}, each taking the list's default classification. */
    PDQ;

    /** The format named in this text: csv, vics, plain or pdq (any case). */
    public static Either<String, ListFormat> parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ListFormat format : values()) {
            if (format.name().equals(name)) {
                return Either.right(format);
            }
        }
        return Either.left("a list's format is csv, vics, plain or pdq, not '" + text + "'");
    }

    /** The format a file's name suggests: .json is VICS, .csv our CSV, .pdq PDQ lines; anything else plain lines. */
    public static ListFormat guessedFrom(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return VICS;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return name.endsWith(".pdq") ? PDQ : PLAIN;
    }

    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }
}
