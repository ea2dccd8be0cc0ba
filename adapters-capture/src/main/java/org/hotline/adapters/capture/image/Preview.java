package org.hotline.adapters.capture.image;

import java.util.Objects;

/** A preview picture, encoded as a JPEG in memory, with its size. Never written anywhere; sent and let go. */
public final class Preview {

    /** The media type of every preview. */
    public static final String MEDIA_TYPE = "image/jpeg";

    private final byte[] jpeg;
    private final int width;
    private final int height;

    Preview(byte[] jpeg, int width, int height) {
        this.jpeg = Objects.requireNonNull(jpeg, "jpeg");
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

    @Override
    public String toString() {
        return "Preview[" + width + " x " + height + ", " + jpeg.length + " bytes]";
    }
}
