package org.hotline.adapters.capture.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

import io.vavr.control.Either;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHasher;
import org.hotline.domain.fingerprint.PdqVariants;

/**
 * Fingerprints pictures held in memory: bytes in; format, size and fingerprints out, or why not. Safe to share
 * between threads; each call decodes with readers of its own.
 *
 * <ul>
 * <li>The format is sniffed from the bytes; the header is checked against the {@link ImageLimits} before decoding.</li>
 * <li>JPEGs are turned upright by their EXIF orientation before hashing; GIFs are hashed by their first frame.</li>
 * <li>Ordinary JPEGs of a megapixel or more are hashed from their Y channel, without the conversion to colours;
 * pictures of more than 12 megapixels are decoded at a reduced resolution (every second, third... pixel across and
 * down), to at most 12 megapixels. Both keep the hash within a few bits of the full decode (see the README).</li>
 * <li>A failure leaves the digests to the caller: {@link Fingerprints#ofContent(byte[])} hashes any bytes.</li>
 * </ul>
 */
public final class ImageFingerprinter {

    private final PictureDecoder decoder;

    /** With the default limits. */
    public ImageFingerprinter() {
        this(ImageLimits.DEFAULT);
    }

    public ImageFingerprinter(ImageLimits limits) {
        this.decoder = new PictureDecoder(Objects.requireNonNull(limits, "limits"), Decoders.installed());
    }

    /** The picture's format, size as shown and PDQ hash with quality; no digests. */
    public Either<ImageFailure, ExaminedImage> examine(byte[] content) {
        return guarded(content, () -> decoder.header(content).flatMap(header -> decoder.luminance(content, header)
                .map(luminance -> new ExaminedImage(header.format(), header.shownWidth(), header.shownHeight(),
                        PdqHasher.hash(luminance)))));
    }

    /** The picture's format, size as shown and every fingerprint: MD5, SHA-1, SHA-256 and PDQ. */
    public Either<ImageFailure, FingerprintedImage> fingerprint(byte[] content) {
        return examine(content).map(image -> new FingerprintedImage(image.format(), image.width(), image.height(),
                Fingerprints.ofContent(content).withPdq(image.pdq())));
    }

    /** The PDQ hashes of the picture (upright) turned and mirrored in each of the eight ways. */
    public Either<ImageFailure, PdqVariants> variants(byte[] content) {
        return guarded(content, () -> decoder.header(content).flatMap(header -> decoder.luminance(content, header))
                .map(PdqHasher::hashVariants));
    }

    /**
     * The PDQ hash of pixels already decoded, as they are (no orientation applied): for pictures that come from
     * elsewhere than a file, such as frames of a video.
     */
    public static PdqFingerprint hash(BufferedImage picture) {
        return PdqHasher.hash(PixelRows.of(Objects.requireNonNull(picture, "picture")));
    }

    /** No exception leaves: whatever slipped past the decoders' own handling is a failure too. */
    static <T> Either<ImageFailure, T> guarded(byte[] content, java.util.function.Supplier<Either<ImageFailure, T>> work) {
        if (content == null || content.length == 0) {
            return Either.left(ImageFailure.notAnImage());
        }
        try {
            return work.get();
        } catch (RuntimeException e) {
            return Either.left(new ImageFailure(ImageFailure.Kind.MALFORMED, "The picture could not be decoded ("
                    + e.getClass().getSimpleName() + ")."));
        }
    }
}
