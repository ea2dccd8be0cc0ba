package org.hotline.domain.knowncontent;

import java.util.Locale;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.fingerprint.Digest;

/** The hashes a list holds: the three cryptographic digests kept of every item, and PDQ. */
public enum HashAlgorithm {
    MD5(Option.some(Digest.Algorithm.MD5), 32),
    SHA1(Option.some(Digest.Algorithm.SHA1), 40),
    SHA256(Option.some(Digest.Algorithm.SHA256), 64),
    PDQ(Option.none(), 64);

    private final Option<Digest.Algorithm> digest;
    private final int hexDigits;

    HashAlgorithm(Option<Digest.Algorithm> digest, int hexDigits) {
        this.digest = digest;
        this.hexDigits = hexDigits;
    }

    /** The algorithm named in this text: md5, sha1 or sha-1, sha256 or sha-256, pdq (any case). */
    public static Either<String, HashAlgorithm> parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("-", "");
        for (HashAlgorithm algorithm : values()) {
            if (algorithm.name().equals(name)) {
                return Either.right(algorithm);
            }
        }
        return Either.left("an algorithm is md5, sha1, sha256 or pdq, not '" + text + "'");
    }

    /** The algorithm of a digest. */
    public static HashAlgorithm of(Digest.Algorithm algorithm) {
        return switch (algorithm) {
            case MD5 -> MD5;
            case SHA1 -> SHA1;
            case SHA256 -> SHA256;
        };
    }

    /** The digest algorithm, for all but PDQ. */
    public Option<Digest.Algorithm> digest() {
        return digest;
    }

    /** Hexadecimal digits of a value. */
    public int hexDigits() {
        return hexDigits;
    }

    /** The name as written in files and answers: md5, sha1, sha256, pdq. */
    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }
}
