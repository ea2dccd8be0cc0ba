package org.hotline.adapters.capture.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.vavr.control.Either;
import org.hotline.domain.fingerprint.Dihedral;

/**
 * Previews of a picture for the case page, made in memory from its bytes: at most {@value #LONGEST_SIDE} pixels a
 * side, upright, encoded as JPEG. By default a preview is greyscale and blurred, so that an analyst sees enough to
 * decide whether to look closer without being exposed to the detail; the revealed preview is in colour and sharp.
 * Decoding runs under the same limits as fingerprinting, at a reduced resolution when the picture is large.
 */
public final class ImagePreviews {

    /** The longest side of a preview. */
    public static final int LONGEST_SIDE = 480;

    /** The blur's radius as a fraction of the preview's longest side: 8 pixels on 480. */
    private static final int BLUR_DIVISOR = 60;

    private static final float JPEG_QUALITY = 0.85f;

    private final PictureDecoder decoder;

    /** With the default limits. */
    public ImagePreviews() {
        this(ImageLimits.DEFAULT);
    }

    public ImagePreviews(ImageLimits limits) {
        this.decoder = new PictureDecoder(Objects.requireNonNull(limits, "limits"), Decoders.installed());
    }

    /** The picture in greyscale and blurred: what the case page shows until someone reveals it. */
    public Either<ImageFailure, Preview> blurred(byte[] content) {
        return ImageFingerprinter.guarded(content, () -> small(content).map(picture -> {
            int radius = Math.max(2, Math.max(picture.getWidth(), picture.getHeight()) / BLUR_DIVISOR);
            return encode(PreviewPixels.blurredGrey(picture, radius));
        }));
    }

    /** The picture in colour, sharp: shown only on a deliberate reveal, which counts as exposure. */
    public Either<ImageFailure, Preview> revealed(byte[] content) {
        return ImageFingerprinter.guarded(content, () -> small(content).map(ImagePreviews::encode));
    }

    /** Decoded at about twice the preview's size, scaled down to it and turned upright. */
    private Either<ImageFailure, BufferedImage> small(byte[] content) {
        return decoder.header(content).flatMap(header -> {
            int longest = Math.max(header.width(), header.height());
            int subsampling = Math.max(1, longest / (2 * LONGEST_SIDE));
            Dihedral upright = header.upright();
            return decoder.picture(content, header, subsampling)
                    .map(picture -> PreviewPixels.upright(PreviewPixels.fitted(picture, LONGEST_SIDE), upright));
        });
    }

    private static Preview encode(BufferedImage picture) {
        ImageWriter writer = jpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("a preview could not be encoded in memory", e);
        } finally {
            writer.dispose();
        }
        return new Preview(bytes.toByteArray(), picture.getWidth(), picture.getHeight());
    }

    private static ImageWriter jpegWriter() {
        for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext();) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
        }
        throw new IllegalStateException("the JDK's JPEG encoder is missing");
    }
}
