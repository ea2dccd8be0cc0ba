package org.hotline.adapters.capture.image;

import java.util.Objects;

/**
 * Why a picture was not decoded, with a stable {@code code} a page can translate and an English {@code detail}
 * naming the limit or defect. Decoding ends with a picture or with one of these, never with an exception.
 */
public record ImageFailure(Kind kind, String detail) {

    /** The kinds of failure. */
    public enum Kind {
        /** The bytes are not in a picture format decoded here. */
        NOT_AN_IMAGE("image.not_an_image"),
        /** The header announces more pixels, or a longer side, than the limits allow. */
        TOO_LARGE("image.too_large"),
        /** The file is cut short, or its structure contradicts itself. */
        MALFORMED("image.malformed"),
        /** A legitimate variant of the format that the decoders do not read. */
        UNSUPPORTED("image.unsupported");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public ImageFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** A stable key, such as {@code image.too_large}. */
    public String code() {
        return kind.code();
    }

    static ImageFailure notAnImage() {
        return new ImageFailure(Kind.NOT_AN_IMAGE, "The content is not a JPEG, PNG, GIF, WebP or BMP picture.");
    }

    static ImageFailure tooLarge(ImageFormat format, int width, int height, ImageLimits limits) {
        return new ImageFailure(Kind.TOO_LARGE, "The " + format + " announces " + width + " x " + height
                + " pixels, over the limit of " + limits.maxPixels() + " pixels and " + limits.maxSide()
                + " a side; it was not decoded.");
    }

    static ImageFailure malformed(ImageFormat format, String reason) {
        return new ImageFailure(Kind.MALFORMED, "The " + format + " is malformed: " + reason + ".");
    }

    static ImageFailure unsupported(ImageFormat format, String reason) {
        return new ImageFailure(Kind.UNSUPPORTED, "The " + format + " is of a kind not decoded here: " + reason + ".");
    }
}
