package org.hotline.domain.fingerprint;

import java.util.Objects;

/** A picture's luminance held as one array, row after row; it can be shown turned or mirrored without a copy. */
final class LuminancePlane implements Luminance {

    private final int[] values;
    private final int width;
    private final int height;

    LuminancePlane(int[] values, int width, int height) {
        Objects.requireNonNull(values, "values");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture is at least 1 x 1, not " + width + " x " + height);
        }
        if ((long) width * height != values.length) {
            throw new IllegalArgumentException("a " + width + " x " + height + " picture has " + (long) width * height
                    + " values, not " + values.length);
        }
        this.values = values;
        this.width = width;
        this.height = height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void row(int y, int[] into) {
        System.arraycopy(values, y * width, into, 0, width);
    }
}
