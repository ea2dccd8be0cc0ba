package org.hotline.adapters.capture.image;

/**
 * How large a picture may be before it is refused unread: its pixel count and longest side, as its header announces
 * them. A small file can announce a huge picture (a pixel bomb); it is refused before any pixel is decoded.
 *
 * <p>Decoding keeps at most 4 bytes a pixel of {@code maxPixels} in memory at once, often much less: large pictures
 * are decoded at reduced resolution for hashing (see {@link ImageFingerprinter}).
 */
public record ImageLimits(long maxPixels, int maxSide) {

    /** 50 megapixels and 30,000 pixels a side: larger than any camera's photograph, far below a bomb. */
    public static final ImageLimits DEFAULT = new ImageLimits(50_000_000L, 30_000);

    public ImageLimits {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel limit is at least 1, not " + maxPixels);
        }
        if (maxSide < 1 || maxSide > org.hotline.domain.fingerprint.PdqHasher.MAXIMUM_SIDE) {
            throw new IllegalArgumentException("the side limit is 1 to "
                    + org.hotline.domain.fingerprint.PdqHasher.MAXIMUM_SIDE + ", not " + maxSide);
        }
    }
}
