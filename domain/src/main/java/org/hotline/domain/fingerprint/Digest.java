package org.hotline.domain.fingerprint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A cryptographic digest of an item's bytes: equal digests mean identical files. Hash lists of known material are
 * exchanged in these three algorithms, MD5 and SHA-1 still among them for compatibility with older lists.
 * Written as lower-case hexadecimal digits.
 */
@ValueObject
public record Digest(Algorithm algorithm, String hex) {

    /** The algorithms kept for every item. */
    public enum Algorithm {
        MD5("MD5", 16),
        SHA1("SHA-1", 20),
        SHA256("SHA-256", 32);

        private final String standardName;
        private final int bytes;

        Algorithm(String standardName, int bytes) {
            this.standardName = standardName;
            this.bytes = bytes;
        }

        /** The algorithm's usual name: MD5, SHA-1, SHA-256. */
        public String standardName() {
            return standardName;
        }

        /** Hexadecimal digits in a digest. */
        public int hexDigits() {
            return 2 * bytes;
        }

        MessageDigest start() {
            try {
                return MessageDigest.getInstance(standardName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime provides " + standardName, e);
            }
        }
    }

    public Digest {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != algorithm.hexDigits() || !isLowerHex(hex)) {
            throw new IllegalArgumentException("a " + algorithm.standardName() + " digest is " + algorithm.hexDigits()
                    + " lower-case hexadecimal digits");
        }
    }

    /** The digest of these bytes. */
    public static Digest of(Algorithm algorithm, byte[] content) {
        return new Digest(algorithm, HexFormat.of().formatHex(algorithm.start().digest(content)));
    }

    /** Reads a digest written in hexadecimal (either case, surrounding spaces ignored); else the reason. */
    public static Either<String, Digest> parse(Algorithm algorithm, String text) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (text == null || text.isBlank()) {
            return Either.left("a " + algorithm.standardName() + " digest is required");
        }
        String hex = text.strip().toLowerCase(Locale.ROOT);
        if (hex.length() != algorithm.hexDigits()) {
            return Either.left("a " + algorithm.standardName() + " digest has " + algorithm.hexDigits()
                    + " hexadecimal digits, not " + hex.length());
        }
        if (!isLowerHex(hex)) {
            return Either.left("a " + algorithm.standardName() + " digest has only hexadecimal digits");
        }
        return Either.right(new Digest(algorithm, hex));
    }

    private static boolean isLowerHex(String text) {
        return text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    @Override
    public String toString() {
        return algorithm.standardName() + ":" + hex;
    }
}
