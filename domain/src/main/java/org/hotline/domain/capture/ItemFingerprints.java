package org.hotline.domain.capture;

import java.util.Objects;

import io.vavr.control.Option;
import org.hotline.domain.fingerprint.PdqHash;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The fingerprints of one item, kept instead of the item: its MD5, SHA-1 and SHA-256 (lower-case hexadecimal) and,
 * for an image that decoded, its PDQ hash with the hash's quality (0 to 100).
 */
@ValueObject
public record ItemFingerprints(String md5, String sha1, String sha256, Option<PdqHash> pdq, Option<Integer> pdqQuality) {

    public ItemFingerprints {
        requireHex(md5, 32, "md5");
        requireHex(sha1, 40, "sha1");
        requireHex(sha256, 64, "sha256");
        Objects.requireNonNull(pdq, "pdq");
        Objects.requireNonNull(pdqQuality, "pdqQuality");
        if (pdq.isDefined() != pdqQuality.isDefined()) {
            throw new IllegalArgumentException("a PDQ hash comes with its quality, and a quality with its hash");
        }
        if (pdqQuality.exists(q -> q < 0 || q > 100)) {
            throw new IllegalArgumentException("a PDQ quality is 0 to 100, not " + pdqQuality.get());
        }
    }

    /** The digests of an item that has no perceptual hash (a video, or an image that did not decode). */
    public static ItemFingerprints digests(String md5, String sha1, String sha256) {
        return new ItemFingerprints(md5, sha1, sha256, Option.none(), Option.none());
    }

    /** The same digests with a PDQ hash and its quality. */
    public ItemFingerprints withPdq(PdqHash hash, int quality) {
        return new ItemFingerprints(md5, sha1, sha256, Option.some(hash), Option.some(quality));
    }

    private static void requireHex(String value, int length, String name) {
        Objects.requireNonNull(value, name);
        if (value.length() != length || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException(name + " is " + length + " lower-case hexadecimal digits");
        }
    }
}
