package org.hotline.domain.knowncontent.matching;

import java.util.Objects;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A cryptographic digest (MD5, SHA-1 or SHA-256) held as up to four 64-bit words, first bytes first: {@code w0} holds
 * bytes 0 to 7 (byte 0 in its top bits), and words past the digest's length are zero (for SHA-1, the low half of
 * {@code w2} too). Compared and sorted as the unsigned sequence of its bytes.
 */
@ValueObject
public record Digest(DigestAlgorithm algorithm, long w0, long w1, long w2, long w3) {

    public Digest {
        Objects.requireNonNull(algorithm, "algorithm");
        long unused = switch (algorithm) {
            case MD5 -> w2 | w3;
            case SHA1 -> (w2 & 0xFFFF_FFFFL) | w3;
            case SHA256 -> 0;
        };
        if (unused != 0) {
            throw new IllegalArgumentException("an " + algorithm + " digest has " + algorithm.bytes()
                    + " bytes; the words past them must be zero");
        }
    }

    /** Reads a digest written in hexadecimal (either case); anything else is refused with the reason. */
    public static Either<String, Digest> parse(DigestAlgorithm algorithm, String hex) {
        if (hex == null) {
            return Either.left("a digest is required");
        }
        if (hex.length() != algorithm.hexDigits()) {
            return Either.left("an " + algorithm + " digest has " + algorithm.hexDigits() + " hexadecimal digits, not "
                    + hex.length());
        }
        long[] words = new long[4];
        for (int i = 0; i < hex.length(); i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0) {
                return Either.left("a digest has only hexadecimal digits; position " + (i + 1) + " is not one");
            }
            words[i / 16] |= (long) digit << (60 - 4 * (i % 16));
        }
        return Either.right(new Digest(algorithm, words[0], words[1], words[2], words[3]));
    }

    /** A digest from its bytes, as {@code MessageDigest.digest()} returns them; refused if the length is wrong. */
    public static Either<String, Digest> of(DigestAlgorithm algorithm, byte[] bytes) {
        if (bytes == null || bytes.length != algorithm.bytes()) {
            return Either.left("an " + algorithm + " digest has " + algorithm.bytes() + " bytes, not "
                    + (bytes == null ? 0 : bytes.length));
        }
        long[] words = new long[4];
        for (int i = 0; i < bytes.length; i++) {
            words[i / 8] |= (bytes[i] & 0xFFL) << (56 - 8 * (i % 8));
        }
        return Either.right(new Digest(algorithm, words[0], words[1], words[2], words[3]));
    }

    /** The word holding bytes {@code 8 * index} to {@code 8 * index + 7}. */
    public long word(int index) {
        return switch (index) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            default -> throw new IndexOutOfBoundsException("a digest has words 0 to 3, not " + index);
        };
    }

    /** Lower-case hexadecimal, first bytes first. */
    public String hex() {
        String all = String.format("%016x%016x%016x%016x", w0, w1, w2, w3);
        return all.substring(0, algorithm.hexDigits());
    }

    @Override
    public String toString() {
        return algorithm + ":" + hex();
    }
}
