package org.hotline.adapters.capture.image;

import java.util.Objects;

import org.hotline.domain.fingerprint.PdqFingerprint;

/** A picture decoded and hashed: its format, its size as shown (upright) and its PDQ hash with quality. */
public record ExaminedImage(ImageFormat format, int width, int height, PdqFingerprint pdq) {

    public ExaminedImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pdq, "pdq");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture is at least 1 x 1, not " + width + " x " + height);
        }
    }
}
