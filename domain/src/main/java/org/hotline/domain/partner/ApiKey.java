package org.hotline.domain.partner;

import java.util.Objects;
import java.util.UUID;

import org.hotline.domain.Sha256;

/**
 * A partner's secret key: {@code hlk_} and 64 hexadecimal digits (244 random bits). Shown once, when it is issued;
 * only its SHA-256 digest is kept, which is enough for a key this random.
 */
public final class ApiKey {

    public static final String PREFIX = "hlk_";

    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    /** A new key from two random identifiers (the domain draws no randomness of its own). */
    public static ApiKey from(UUID first, UUID second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        String hex = String.format("%016x%016x%016x%016x", first.getMostSignificantBits(), first.getLeastSignificantBits(),
                second.getMostSignificantBits(), second.getLeastSignificantBits());
        return new ApiKey(PREFIX + hex);
    }

    /** The digest a presented key is looked up by, whatever it is; a malformed key simply matches nothing. */
    public static String digestOf(String presented) {
        return Sha256.hex(presented);
    }

    public String secret() {
        return secret;
    }

    public String digest() {
        return digestOf(secret);
    }

    @Override
    public String toString() {
        return PREFIX + "...";
    }
}
