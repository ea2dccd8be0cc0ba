package org.hotline.domain.capture;

/**
 * What a fetched body is, as read from its first bytes (its magic number), never from what the server's
 * {@code Content-Type} header claims. Images and videos are the items a capture measures; pages are parsed for them.
 */
public enum ContentType {
    JPEG("image/jpeg", Kind.IMAGE),
    PNG("image/png", Kind.IMAGE),
    GIF("image/gif", Kind.IMAGE),
    WEBP("image/webp", Kind.IMAGE),
    BMP("image/bmp", Kind.IMAGE),
    TIFF("image/tiff", Kind.IMAGE),
    ICO("image/vnd.microsoft.icon", Kind.IMAGE),
    AVIF("image/avif", Kind.IMAGE),
    HEIC("image/heic", Kind.IMAGE),
    MP4("video/mp4", Kind.VIDEO),
    QUICKTIME("video/quicktime", Kind.VIDEO),
    WEBM("video/webm", Kind.VIDEO),
    MATROSKA("video/x-matroska", Kind.VIDEO),
    AVI("video/x-msvideo", Kind.VIDEO),
    MPEG("video/mpeg", Kind.VIDEO),
    FLV("video/x-flv", Kind.VIDEO),
    HTML("text/html", Kind.PAGE),
    SVG("image/svg+xml", Kind.OTHER),
    PDF("application/pdf", Kind.OTHER),
    ZIP("application/zip", Kind.OTHER),
    TEXT("text/plain", Kind.OTHER),
    UNKNOWN("application/octet-stream", Kind.OTHER);

    /** What a capture does with a body of the type. */
    public enum Kind {
        /** Measured as an item: digests, and dimensions and a perceptual hash when it decodes. */
        IMAGE,
        /** Measured as an item: digests. */
        VIDEO,
        /** Parsed for the images and videos it shows or links to. */
        PAGE,
        /** Neither: recorded, not measured. */
        OTHER
    }

    private final String mediaType;
    private final Kind kind;

    ContentType(String mediaType, Kind kind) {
        this.mediaType = mediaType;
        this.kind = kind;
    }

    /** The registered media type, such as {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    public Kind kind() {
        return kind;
    }

    /** Images and videos: what a capture measures. */
    public boolean isMedia() {
        return kind == Kind.IMAGE || kind == Kind.VIDEO;
    }
}
