package org.hotline.domain.capture;

import java.util.Objects;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The few response headers a capture keeps, as the server sent them: {@code Server}, {@code Content-Type},
 * {@code Content-Length}, {@code Last-Modified} and {@code ETag}. They are the server's claims, kept for the
 * record; nothing trusts them. Each value is cut to {@value #LONGEST} characters and has control characters removed,
 * since a hostile server chooses them.
 */
@ValueObject
public record KeptHeaders(Option<String> server, Option<String> contentType, Option<String> contentLength,
        Option<String> lastModified, Option<String> etag) {

    /** Longest value kept. */
    public static final int LONGEST = 256;

    public static final KeptHeaders NONE = new KeptHeaders(Option.none(), Option.none(), Option.none(), Option.none(),
            Option.none());

    public KeptHeaders {
        server = clean(server, "server");
        contentType = clean(contentType, "contentType");
        contentLength = clean(contentLength, "contentLength");
        lastModified = clean(lastModified, "lastModified");
        etag = clean(etag, "etag");
    }

    /**
     * Picks the kept headers from a lookup by header name (case-insensitive names are the lookup's business); the
     * first value of each is kept.
     */
    public static KeptHeaders from(java.util.function.Function<String, Option<String>> header) {
        return new KeptHeaders(header.apply("Server"), header.apply("Content-Type"), header.apply("Content-Length"),
                header.apply("Last-Modified"), header.apply("ETag"));
    }

    private static Option<String> clean(Option<String> value, String name) {
        Objects.requireNonNull(value, name);
        return value.map(KeptHeaders::printable).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> v.length() > LONGEST ? v.substring(0, LONGEST) : v);
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), LONGEST + 1));
        for (int i = 0; i < value.length() && out.length() <= LONGEST; i++) {
            char c = value.charAt(i);
            if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
