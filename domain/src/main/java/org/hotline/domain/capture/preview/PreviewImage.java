package org.hotline.domain.capture.preview;

import java.util.Objects;

/**
 * A preview picture, encoded as a JPEG in memory, with its size: sent to the viewer and let go, never written
 * anywhere. {@link #toString()} never shows the bytes.
 */
public final class PreviewImage {

    /** The media type of every preview. */
    public static final String MEDIA_TYPE = "image/jpeg";

    private final byte[] jpeg;
    private final int width;
    private final int height;

    public PreviewImage(byte[] jpeg, int width, int height) {
        this.jpeg = Objects.requireNonNull(jpeg, "jpeg").clone();
        if (jpeg.length == 0) {
            throw new IllegalArgumentException("a preview has content");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a preview is at least 1 x 1, not " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The JPEG's bytes (a copy). */
    public byte[] jpeg() {
        return jpeg.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Its size in bytes. */
    public int size() {
        return jpeg.length;
    }

    @Override
    public String toString() {
        return "PreviewImage[" + width + " x " + height + ", " + jpeg.length + " bytes]";
    }
}
