package org.hotline.domain.knowncontent;

import java.util.Locale;

import io.vavr.control.Either;

/** Where a hash list comes from: this hotline's own assessments, a partner hotline, or a national list. */
public enum ListSource {
    OWN,
    PARTNER_HOTLINE,
    NATIONAL_LIST;

    /** The source named in this text ({@code own}, {@code partner-hotline}, {@code national-list}, any case). */
    public static Either<String, ListSource> parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ListSource source : values()) {
            if (source.name().equals(name)) {
                return Either.right(source);
            }
        }
        return Either.left("a list's source is own, partner-hotline or national-list, not '" + text + "'");
    }

    /** The name as written in commands and files: {@code partner-hotline}. */
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
