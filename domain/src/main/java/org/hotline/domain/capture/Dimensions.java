package org.hotline.domain.capture;

import org.jmolecules.ddd.annotation.ValueObject;

/** The width and height of an image or video frame, in pixels. */
@ValueObject
public record Dimensions(int width, int height) {

    public Dimensions {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("dimensions are at least 1 x 1, not " + width + " x " + height);
        }
    }

    public long pixels() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + " x " + height;
    }
}
