package org.hotline.domain.knowncontent;

import java.util.Objects;

import io.vavr.control.Option;

/** The fields of one VICS medium that an import reads, as the file wrote them (numbers as their text). */
public record VicsMedium(Option<String> md5, Option<String> sha1, Option<String> sha256, Option<String> category) {

    public VicsMedium {
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(sha1, "sha1");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(category, "category");
    }
}
