package org.hotline.adapters.capture.image;

import java.util.Objects;

import org.hotline.domain.fingerprint.Fingerprints;

/**
 * A picture's format, its size as shown (upright) and everything kept of it: MD5, SHA-1, SHA-256 and the PDQ hash
 * with its quality.
 */
public record FingerprintedImage(ImageFormat format, int width, int height, Fingerprints fingerprints) {

    public FingerprintedImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fingerprints, "fingerprints");
        if (fingerprints.pdq().isEmpty()) {
            throw new IllegalArgumentException("a fingerprinted picture has its PDQ hash");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture is at least 1 x 1, not " + width + " x " + height);
        }
    }
}
