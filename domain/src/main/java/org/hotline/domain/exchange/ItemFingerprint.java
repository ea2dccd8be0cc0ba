package org.hotline.domain.exchange;

import java.util.Objects;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What travels of one item instead of the item: its SHA-256 digest and, for a picture, its PDQ hash, both in lower-case
 * hexadecimal (64 digits each). Never the content.
 */
@ValueObject
public record ItemFingerprint(String sha256, Option<String> pdq) {

    private static final java.util.regex.Pattern HEX_256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    public ItemFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(pdq, "pdq");
        if (!HEX_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hexadecimal digits");
        }
        if (pdq.exists(hash -> !HEX_256.matcher(hash).matches())) {
            throw new IllegalArgumentException("a PDQ hash is 64 lower-case hexadecimal digits");
        }
    }

    /** True when the text is 64 lower-case hexadecimal digits, as both fingerprints are written. */
    public static boolean wellFormed(String hex) {
        return hex != null && HEX_256.matcher(hex).matches();
    }
}
