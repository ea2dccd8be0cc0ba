package org.hotline.domain.knowncontent.matching;

import org.hotline.domain.fingerprint.Digest;

/**
 * A digest as the digest index stores and compares it: up to four 64-bit words, first bytes first ({@code w0} holds
 * bytes 0 to 7, byte 0 in its top bits), words past the digest's length zero. Ordered as the unsigned sequence of
 * its bytes.
 */
record PackedDigest(long w0, long w1, long w2, long w3) {

    /** Words a digest of this algorithm fills (the last one partly, for SHA-1). */
    static int words(Digest.Algorithm algorithm) {
        return (bytes(algorithm) + 7) / 8;
    }

    static int bytes(Digest.Algorithm algorithm) {
        return algorithm.hexDigits() / 2;
    }

    /** The words of a digest from its hexadecimal digits. */
    static PackedDigest of(Digest digest) {
        long[] words = new long[4];
        String hex = digest.hex();
        for (int i = 0; i < hex.length(); i++) {
            words[i / 16] |= (long) Character.digit(hex.charAt(i), 16) << (60 - 4 * (i % 16));
        }
        return new PackedDigest(words[0], words[1], words[2], words[3]);
    }

    /** The words of a digest from its bytes, as {@code MessageDigest.digest()} gives them. */
    static PackedDigest of(Digest.Algorithm algorithm, byte[] bytes) {
        if (bytes.length != bytes(algorithm)) {
            throw new IllegalArgumentException("a " + algorithm.standardName() + " digest has " + bytes(algorithm)
                    + " bytes, not " + bytes.length);
        }
        long[] words = new long[4];
        for (int i = 0; i < bytes.length; i++) {
            words[i / 8] |= (bytes[i] & 0xFFL) << (56 - 8 * (i % 8));
        }
        return new PackedDigest(words[0], words[1], words[2], words[3]);
    }

    long word(int index) {
        return switch (index) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            default -> throw new IndexOutOfBoundsException("a digest has words 0 to 3, not " + index);
        };
    }

    /** The digest these words hold, in hexadecimal. */
    Digest digest(Digest.Algorithm algorithm) {
        String all = String.format("%016x%016x%016x%016x", w0, w1, w2, w3);
        return new Digest(algorithm, all.substring(0, algorithm.hexDigits()));
    }
}
