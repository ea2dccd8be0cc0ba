package org.hotline.domain;

import java.util.UUID;

import io.vavr.control.Option;
import io.vavr.control.Try;

/**
 * Reads the identifiers the program hands out (a case, a report, a member of staff, a partner, a captured item) from
 * text a page, an address or a command line sent back: 36 characters in the form {@link UUID#toString()} writes.
 */
public final class Identifiers {

    private static final int LENGTH = 36;

    private Identifiers() {
    }

    /** The identifier the text names; none when it is not one (Java alone would also take shortened forms). */
    public static Option<UUID> uuid(String text) {
        return text == null || text.length() != LENGTH
                ? Option.none()
                : Try.of(() -> UUID.fromString(text)).toOption();
    }
}
