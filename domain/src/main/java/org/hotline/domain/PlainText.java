package org.hotline.domain;

import io.vavr.control.Option;

/**
 * Text that people type and the hotline keeps: checked for characters that have no place in it before anything is
 * stored. NUL, the other control characters, unpaired halves of surrogate pairs and the two noncharacters U+FFFE and
 * U+FFFF are refused: they cannot be stored faithfully (PostgreSQL refuses NUL), cannot be shown, and are how a
 * malformed request tries to make a program fail. Text over several lines may hold tabs and line breaks; a line
 * (a name, an address) may not.
 *
 * <p>Lengths are counted in characters as people count them (Unicode code points), as the API's JSON Schema does,
 * so that an emoji counts once.
 */
public final class PlainText {

    /** The code of the field error for a character that is not allowed. */
    public static final String FORBIDDEN = "text.forbidden_character";

    private PlainText() {
    }

    /** Free text over several lines: tabs and line breaks are fine. */
    public static Option<FieldError> checkLines(String field, String text) {
        return check(field, text, true);
    }

    /** One line of text: no tab or line break either. */
    public static Option<FieldError> checkLine(String field, String text) {
        return check(field, text, false);
    }

    /** How long the text is, in characters as people count them. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Option<FieldError> check(String field, String text, boolean lines) {
        if (text == null) {
            return Option.none();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isForbidden(c, lines)) {
                return Option.some(new FieldError(field, FORBIDDEN, "This holds a character that cannot be kept ("
                        + describe(c) + "); remove it and send again."));
            }
        }
        return Option.none();
    }

    private static boolean isForbidden(char c, boolean lines) {
        if (lines && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** Names the character by its code, never by itself: it may be unprintable. */
    private static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }
}
