package org.hotline.adapters.capture.image;

import io.vavr.control.Option;

/** The picture formats decoded, recognised by their first bytes whatever a server says they are. */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    GIF("image/gif"),
    WEBP("image/webp"),
    BMP("image/bmp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format's media type, such as {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** The format these bytes are in, from their signature; none when they are not a picture decoded here. */
    public static Option<ImageFormat> sniff(byte[] content) {
        if (content == null) {
            return Option.none();
        }
        if (startsWith(content, 0, (byte) 0xff, (byte) 0xd8, (byte) 0xff)) {
            return Option.some(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Option.some(PNG);
        }
        if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
            return Option.some(GIF);
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Option.some(WEBP);
        }
        if (startsWith(content, 0, ascii("BM")) && knownBitmapHeader(content)) {
            return Option.some(BMP);
        }
        return Option.none();
    }

    /** "BM" alone is too short a signature: the size of the header after the file header must be a known one too. */
    private static boolean knownBitmapHeader(byte[] content) {
        if (content.length < 18) {
            return false;
        }
        int size = (content[14] & 0xff) | (content[15] & 0xff) << 8 | (content[16] & 0xff) << 16 | (content[17] & 0xff) << 24;
        return size == 12 || size == 16 || size == 40 || size == 52 || size == 56 || size == 64 || size == 108
                || size == 124;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int offset, byte... prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
