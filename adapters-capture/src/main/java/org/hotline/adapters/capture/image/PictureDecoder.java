package org.hotline.adapters.capture.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.fingerprint.Dihedral;
import org.hotline.domain.fingerprint.Luminance;

/**
 * Decodes pictures held in memory, in two steps: the header (format, size, orientation), checked against the limits
 * before a single pixel is decoded; then the pixels, at full or reduced resolution. Every failure of a decoder, from
 * a truncated stream to a structure that contradicts itself, comes back as an {@link ImageFailure}.
 */
final class PictureDecoder {

    /** For hashing, pictures of more pixels than this are decoded at a reduced resolution. */
    static final long HASHING_PIXELS = 12_000_000L;

    /**
     * Ordinary (YCbCr) JPEGs of at least this many pixels are hashed from their Y channel, skipping the conversion to
     * colours and back; their hashes are those of a full decode (see the tests), while in smaller pictures the
     * rounding of colours can move a few bits.
     */
    static final long Y_CHANNEL_PIXELS = 1_000_000L;

    private final ImageLimits limits;
    private final Decoders decoders;

    PictureDecoder(ImageLimits limits, Decoders decoders) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.decoders = Objects.requireNonNull(decoders, "decoders");
    }

    /** A picture's header: its format, stored size and the transform that shows it upright. */
    record Header(ImageFormat format, int width, int height, Dihedral upright, Option<JpegStructure> jpeg) {

        long pixels() {
            return (long) width * height;
        }

        /** The width as shown, upright. */
        int shownWidth() {
            return upright.width(width, height);
        }

        /** The height as shown, upright. */
        int shownHeight() {
            return upright.height(width, height);
        }

        /** True for a JPEG whose luminance can be read from its Y (or grey) channel. */
        boolean hasLuminanceChannel() {
            return jpeg.exists(j -> j.colours() == JpegStructure.Colours.GREY
                    || (j.colours() == JpegStructure.Colours.YCBCR && pixels() >= Y_CHANNEL_PIXELS));
        }
    }

    /** The header, if the bytes are a picture within the limits. */
    Either<ImageFailure, Header> header(byte[] content) {
        Option<ImageFormat> format = ImageFormat.sniff(content);
        if (format.isEmpty()) {
            return Either.left(ImageFailure.notAnImage());
        }
        Either<ImageFailure, Header> header = format.get() == ImageFormat.JPEG ? jpegHeader(content)
                : read(format.get(), decoders.pictures(format.get()), content, reader -> new Header(format.get(),
                        reader.getWidth(0), reader.getHeight(0), Dihedral.ORIGINAL, Option.none()));
        return header.flatMap(this::withinLimits);
    }

    private Either<ImageFailure, Header> jpegHeader(byte[] content) {
        return JpegStructure.read(content).map(jpeg -> new Header(ImageFormat.JPEG, jpeg.width(), jpeg.height(),
                ExifOrientation.upright(content, jpeg), Option.some(jpeg)));
    }

    private Either<ImageFailure, Header> withinLimits(Header header) {
        if (header.width() < 1 || header.height() < 1) {
            return Either.left(ImageFailure.malformed(header.format(), "it announces " + header.width() + " x "
                    + header.height() + " pixels"));
        }
        if (header.pixels() > limits.maxPixels() || header.width() > limits.maxSide() || header.height() > limits.maxSide()) {
            return Either.left(ImageFailure.tooLarge(header.format(), header.width(), header.height(), limits));
        }
        return Either.right(header);
    }

    /** The picture's luminance, upright, at full resolution or a reduced one for very large pictures. */
    Either<ImageFailure, Luminance> luminance(byte[] content, Header header) {
        int subsampling = subsampling(header.pixels(), HASHING_PIXELS);
        Either<ImageFailure, Luminance> stored = header.hasLuminanceChannel()
                ? read(header.format(), decoders.jpegLuminance(), content,
                        reader -> PixelRows.firstBand(reader.readRaster(0, param(reader, subsampling))))
                : picture(content, header, subsampling).map(PixelRows::of);
        return stored.map(luminance -> luminance.transformed(header.upright()));
    }

    /** The picture in colour as stored (not yet upright), every {@code subsampling}-th pixel across and down. */
    Either<ImageFailure, BufferedImage> picture(byte[] content, Header header, int subsampling) {
        return read(header.format(), decoders.pictures(header.format()), content,
                reader -> reader.read(0, param(reader, subsampling)));
    }

    /** The smallest whole step that brings the pixels decoded down to the budget. */
    static int subsampling(long pixels, long budget) {
        int step = 1;
        while (pixels > budget * step * step) {
            step++;
        }
        return step;
    }

    private static ImageReadParam param(ImageReader reader, int subsampling) {
        ImageReadParam param = reader.getDefaultReadParam();
        if (subsampling > 1) {
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        }
        return param;
    }

    /** What a decoder does, that may fail on malformed input. */
    @FunctionalInterface
    private interface Decoding<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /** Runs the reader over the bytes; every way it can fail becomes a failure naming the format. */
    private static <T> Either<ImageFailure, T> read(ImageFormat format, ImageReader reader, byte[] content,
            Decoding<T> decoding) {
        try (ByteArrayImageInputStream input = new ByteArrayImageInputStream(content)) {
            reader.setInput(input, true, true);
            return Either.right(decoding.apply(reader));
        } catch (IOException | RuntimeException e) {
            return Either.left(ImageFailure.malformed(format, describe(e)));
        } catch (OutOfMemoryError e) {
            return Either.left(new ImageFailure(ImageFailure.Kind.TOO_LARGE, "The " + format
                    + " needs more memory to decode than is free; it was not decoded."));
        } finally {
            reader.dispose();
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        Function<String, String> tidy = text -> text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return message == null || message.isBlank() ? "the decoder failed (" + e.getClass().getSimpleName() + ")"
                : "the decoder says " + tidy.apply(message.strip());
    }
}
