package org.hotline.domain.knowncontent;

import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.fingerprint.PdqHash;
import org.jmolecules.ddd.annotation.ValueObject;

/** A hash as a list holds it: its algorithm and its value in lower-case hexadecimal digits. */
@ValueObject
public record KnownHash(HashAlgorithm algorithm, String hex) {

    public KnownHash {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != algorithm.hexDigits() || !lowerHex(hex)) {
            throw new IllegalArgumentException("a " + algorithm.written() + " hash is " + algorithm.hexDigits()
                    + " lower-case hexadecimal digits");
        }
    }

    /** The hash of this algorithm written in this text (either case, no spaces), or why it is not one. */
    public static Either<String, KnownHash> parse(HashAlgorithm algorithm, String text) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (text == null || text.isEmpty()) {
            return Either.left("a " + algorithm.written() + " hash is missing");
        }
        if (text.length() != algorithm.hexDigits()) {
            return Either.left("a " + algorithm.written() + " hash has " + algorithm.hexDigits()
                    + " hexadecimal digits, not " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!lowerHex(Character.toLowerCase(c))) {
                return Either.left("a " + algorithm.written() + " hash has only hexadecimal digits; character "
                        + (i + 1) + " is '" + c + "'");
            }
        }
        return Either.right(new KnownHash(algorithm, text.toLowerCase(java.util.Locale.ROOT)));
    }

    public static KnownHash of(Digest digest) {
        return new KnownHash(HashAlgorithm.of(digest.algorithm()), digest.hex());
    }

    public static KnownHash of(PdqHash hash) {
        return new KnownHash(HashAlgorithm.PDQ, hash.hex());
    }

    /** The PDQ hash, for a hash of that algorithm. */
    public PdqHash pdq() {
        if (algorithm != HashAlgorithm.PDQ) {
            throw new IllegalStateException("a " + algorithm.written() + " hash is not a PDQ hash");
        }
        return PdqHash.parse(hex).get();
    }

    /** The digest, for a hash of a cryptographic algorithm. */
    public Digest digest() {
        return new Digest(algorithm.digest().getOrElseThrow(
                () -> new IllegalStateException("a PDQ hash is not a digest")), hex);
    }

    private static boolean lowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!lowerHex(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    @Override
    public String toString() {
        return algorithm.written() + ":" + hex;
    }
}
