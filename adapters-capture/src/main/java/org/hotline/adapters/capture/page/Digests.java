package org.hotline.adapters.capture.page;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hotline.domain.capture.ItemFingerprints;

/** The cryptographic digests of an item: MD5 and SHA-1 (what hash lists of known material use) and SHA-256. */
final class Digests {

    private Digests() {
    }

    static ItemFingerprints of(byte[] content) {
        return ItemFingerprints.digests(hex("MD5", content), hex("SHA-1", content), hex("SHA-256", content));
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }
}
