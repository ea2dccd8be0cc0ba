package org.hotline.adapters.capture.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

import org.hotline.domain.fingerprint.Luminance;

/**
 * The luminance of decoded pixels, read straight from the decoder's own arrays for the layouts decoders produce
 * (interleaved 8-bit RGB in any band order, packed RGB in an int, 8-bit grey or a JPEG's Y channel), and through
 * {@link BufferedImage#getRGB} for anything else (palettes, 16-bit samples, other colour spaces).
 *
 * <p>Grey is taken as it is stored: a grey level of 128 is luminance 128, as it is shown (Java's own conversion of
 * grey to RGB would brighten it).
 */
final class PixelRows {

    private PixelRows() {
    }

    /** The luminance of a decoded picture. */
    static Luminance of(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        boolean plain = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && !model.isAlphaPremultiplied();
        if (plain && model instanceof ComponentColorModel && raster.getDataBuffer() instanceof DataBufferByte
                && raster.getSampleModel() instanceof ComponentSampleModel samples
                && model.getComponentSize(0) == 8) {
            int type = model.getColorSpace().getType();
            if (type == ColorSpace.TYPE_GRAY) {
                return firstBand(raster);
            }
            if (model.getColorSpace().isCS_sRGB() && samples.getNumBands() >= 3) {
                return interleaved(raster, samples, new int[] {0, 1, 2});
            }
        }
        if (plain && model instanceof DirectColorModel direct && raster.getDataBuffer() instanceof DataBufferInt
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel packed
                && direct.getRedMask() == 0xff0000 && direct.getGreenMask() == 0xff00 && direct.getBlueMask() == 0xff) {
            return new PackedRgb(((DataBufferInt) raster.getDataBuffer()).getData(), image.getWidth(), image.getHeight(),
                    raster.getDataBuffer().getOffset(), packed.getScanlineStride());
        }
        return new AnyPixels(image);
    }

    /**
     * The first band of 8-bit samples as luminance: grey, or the Y of a JPEG decoded without its colours converted
     * (JPEG's Y is computed with the same weights as PDQ's luminance).
     */
    static Luminance firstBand(Raster raster) {
        ComponentSampleModel samples = (ComponentSampleModel) raster.getSampleModel();
        return interleaved(raster, samples, new int[] {0, 0, 0});
    }

    private static Luminance interleaved(Raster raster, ComponentSampleModel samples, int[] bands) {
        int[] offsets = samples.getBandOffsets();
        int[] banks = samples.getBankIndices();
        byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData(banks[bands[0]]);
        if (banks[bands[0]] != banks[bands[1]] || banks[bands[0]] != banks[bands[2]]) {
            throw new IllegalArgumentException("the bands of a picture are in separate banks");
        }
        int base = raster.getDataBuffer().getOffset();
        return new InterleavedBytes(data, raster.getWidth(), raster.getHeight(), base, samples.getPixelStride(),
                samples.getScanlineStride(), offsets[bands[0]], offsets[bands[1]], offsets[bands[2]]);
    }

    /** 8-bit red, green and blue (or one grey band three times), interleaved. */
    private record InterleavedBytes(byte[] data, int width, int height, int base, int pixelStride, int scanlineStride,
            int red, int green, int blue) implements Luminance {

        @Override
        public void row(int y, int[] into) {
            int at = base + y * scanlineStride;
            if (red == green && green == blue) {
                for (int x = 0; x < width; x++, at += pixelStride) {
                    into[x] = Luminance.SCALE * (data[at + red] & 0xff);
                }
                return;
            }
            for (int x = 0; x < width; x++, at += pixelStride) {
                into[x] = Luminance.of(data[at + red] & 0xff, data[at + green] & 0xff, data[at + blue] & 0xff);
            }
        }
    }

    /** Red, green and blue packed in an int, as {@code 0x??RRGGBB}. */
    private record PackedRgb(int[] data, int width, int height, int base, int scanlineStride) implements Luminance {

        @Override
        public void row(int y, int[] into) {
            int at = base + y * scanlineStride;
            for (int x = 0; x < width; x++) {
                int pixel = data[at + x];
                into[x] = Luminance.of((pixel >>> 16) & 0xff, (pixel >>> 8) & 0xff, pixel & 0xff);
            }
        }
    }

    /** Any other layout, through Java's conversion of each pixel to sRGB; grey of any depth as stored. */
    private static final class AnyPixels implements Luminance {
        private final BufferedImage image;
        private final boolean grey;
        private final int[] buffer;

        AnyPixels(BufferedImage image) {
            this.image = image;
            ColorModel model = image.getColorModel();
            this.grey = model instanceof ComponentColorModel && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
            this.buffer = new int[image.getWidth()];
        }

        @Override
        public int width() {
            return image.getWidth();
        }

        @Override
        public int height() {
            return image.getHeight();
        }

        @Override
        public void row(int y, int[] into) {
            int width = image.getWidth();
            if (grey) {
                image.getRaster().getSamples(0, y, width, 1, 0, buffer);
                long maximum = (1L << image.getColorModel().getComponentSize(0)) - 1;
                for (int x = 0; x < width; x++) {
                    into[x] = (int) (buffer[x] * 255L * Luminance.SCALE / maximum);
                }
                return;
            }
            image.getRGB(0, y, width, 1, buffer, 0, width);
            for (int x = 0; x < width; x++) {
                int pixel = buffer[x];
                into[x] = Luminance.of((pixel >>> 16) & 0xff, (pixel >>> 8) & 0xff, pixel & 0xff);
            }
        }
    }
}
