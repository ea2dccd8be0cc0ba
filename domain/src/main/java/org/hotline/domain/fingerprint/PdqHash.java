package org.hotline.domain.fingerprint;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A 256-bit PDQ perceptual hash. Bit {@code k} (0 to 255) of the hash is bit {@code k % 64} of word {@code k / 64};
 * {@code w3} holds the most significant bits. Written as 64 hexadecimal digits, most significant first, which is the
 * reference implementation's order (its sixteen 16-bit words, the last word first).
 */
@ValueObject
public record PdqHash(long w0, long w1, long w2, long w3) {

    /** Digits in the written form. */
    public static final int HEX_DIGITS = 64;

    /** Bits in a hash. */
    public static final int BITS = 256;

    /** Reads 64 hexadecimal digits (either case); anything else is refused with the reason. */
    public static Either<String, PdqHash> parse(String hex) {
        if (hex == null) {
            return Either.left("a PDQ hash is required");
        }
        if (hex.length() != HEX_DIGITS) {
            return Either.left("a PDQ hash has 64 hexadecimal digits, not " + hex.length());
        }
        long[] words = new long[4];
        for (int i = 0; i < HEX_DIGITS; i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0) {
                return Either.left("a PDQ hash has only hexadecimal digits; position " + (i + 1) + " is not one");
            }
            int word = 3 - i / 16;
            words[word] = (words[word] << 4) | digit;
        }
        return Either.right(new PdqHash(words[0], words[1], words[2], words[3]));
    }

    /** Builds a hash from its four words, least significant first. */
    public static PdqHash ofWords(long[] words) {
        if (words.length != 4) {
            throw new IllegalArgumentException("a PDQ hash has four 64-bit words, not " + words.length);
        }
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /** The four words, least significant first. */
    public long[] words() {
        return new long[] {w0, w1, w2, w3};
    }

    /** The word holding bits {@code 64 * index} to {@code 64 * index + 63}. */
    public long word(int index) {
        return switch (index) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            default -> throw new IndexOutOfBoundsException("a PDQ hash has words 0 to 3, not " + index);
        };
    }

    /** True when bit {@code k} (0 to 255) is set. */
    public boolean bit(int k) {
        if (k < 0 || k >= BITS) {
            throw new IndexOutOfBoundsException("a PDQ hash has bits 0 to 255, not " + k);
        }
        return ((word(k >>> 6) >>> (k & 63)) & 1L) != 0;
    }

    /** The Hamming distance: how many of the 256 bits differ. */
    public int distance(PdqHash other) {
        return Long.bitCount(w0 ^ other.w0) + Long.bitCount(w1 ^ other.w1)
                + Long.bitCount(w2 ^ other.w2) + Long.bitCount(w3 ^ other.w3);
    }

    /** 64 lower-case hexadecimal digits, most significant first. */
    public String hex() {
        return String.format("%016x%016x%016x%016x", w3, w2, w1, w0);
    }

    @Override
    public String toString() {
        return hex();
    }
}
