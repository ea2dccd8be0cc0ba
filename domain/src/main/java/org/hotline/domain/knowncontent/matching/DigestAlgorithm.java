package org.hotline.domain.knowncontent.matching;

/** The cryptographic digests hash lists carry, with their lengths. */
public enum DigestAlgorithm {

    MD5(16),
    SHA1(20),
    SHA256(32);

    private final int bytes;

    DigestAlgorithm(int bytes) {
        this.bytes = bytes;
    }

    /** Length of a digest in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Length of a digest written in hexadecimal. */
    public int hexDigits() {
        return 2 * bytes;
    }

    /** 64-bit words a digest fills (the last one partly for SHA-1). */
    int words() {
        return (bytes + 7) / 8;
    }
}
