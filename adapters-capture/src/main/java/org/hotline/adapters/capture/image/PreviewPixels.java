package org.hotline.adapters.capture.image;

import java.awt.image.BufferedImage;

import org.hotline.domain.fingerprint.Dihedral;
import org.hotline.domain.fingerprint.Luminance;

/** The pixel work of previews, on small pictures: fit, turn upright, greyscale, blur. */
final class PreviewPixels {

    private PreviewPixels() {
    }

    /**
     * The picture scaled down to fit a square of {@code longest} pixels (never up), each pixel the average of the
     * block of source pixels it covers, over a white background where the source is transparent.
     */
    static BufferedImage fitted(BufferedImage source, int longest) {
        int sourceWidth = source.getWidth();
        int sourceHeight = source.getHeight();
        double scale = Math.min(1.0, (double) longest / Math.max(sourceWidth, sourceHeight));
        int width = Math.max(1, (int) Math.round(sourceWidth * scale));
        int height = Math.max(1, (int) Math.round(sourceHeight * scale));
        int[] pixels = source.getRGB(0, 0, sourceWidth, sourceHeight, null, 0, sourceWidth);
        BufferedImage fitted = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            int top = (int) ((long) y * sourceHeight / height);
            int bottom = Math.max(top + 1, (int) ((long) (y + 1) * sourceHeight / height));
            for (int x = 0; x < width; x++) {
                int left = (int) ((long) x * sourceWidth / width);
                int right = Math.max(left + 1, (int) ((long) (x + 1) * sourceWidth / width));
                fitted.setRGB(x, y, average(pixels, sourceWidth, left, right, top, bottom));
            }
        }
        return fitted;
    }

    private static int average(int[] pixels, int stride, int left, int right, int top, int bottom) {
        long red = 0;
        long green = 0;
        long blue = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                int pixel = pixels[y * stride + x];
                int alpha = pixel >>> 24;
                red += over(((pixel >> 16) & 0xff), alpha);
                green += over(((pixel >> 8) & 0xff), alpha);
                blue += over((pixel & 0xff), alpha);
            }
        }
        long count = (long) (right - left) * (bottom - top);
        return (int) (red / count) << 16 | (int) (green / count) << 8 | (int) (blue / count);
    }

    /** A channel laid over white with the pixel's opacity. */
    private static int over(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    /** The picture turned or mirrored. */
    static BufferedImage upright(BufferedImage picture, Dihedral transform) {
        if (transform == Dihedral.ORIGINAL) {
            return picture;
        }
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        int turnedWidth = transform.width(width, height);
        int turnedHeight = transform.height(width, height);
        BufferedImage turned = new BufferedImage(turnedWidth, turnedHeight, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < turnedHeight; y++) {
            for (int x = 0; x < turnedWidth; x++) {
                turned.setRGB(x, y, pixels[transform.sourceIndex(x, y, width, height)]);
            }
        }
        return turned;
    }

    /** The picture's luminance in 8-bit grey, blurred by three box passes each way (close to a Gaussian). */
    static BufferedImage blurredGrey(BufferedImage picture, int radius) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        int[] grey = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int pixel = pixels[i];
            grey[i] = (Luminance.of((pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff) + Luminance.SCALE / 2)
                    / Luminance.SCALE;
        }
        for (int pass = 0; pass < 3; pass++) {
            grey = box(grey, width, height, radius, 1, width);
            grey = box(grey, width, height, radius, width, 1);
        }
        BufferedImage blurred = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        blurred.getRaster().setSamples(0, 0, width, height, 0, grey);
        return blurred;
    }

    /**
     * A box of {@code 2 * radius + 1} values along lines whose neighbours are {@code step} apart (the lines
     * {@code next} apart); beyond the edges the edge value repeats.
     */
    private static int[] box(int[] in, int width, int height, int radius, int step, int next) {
        int length = step == 1 ? width : height;
        int lines = step == 1 ? height : width;
        int window = 2 * radius + 1;
        int[] out = new int[in.length];
        for (int line = 0; line < lines; line++) {
            int start = line * next;
            int sum = 0;
            for (int t = -radius; t <= radius; t++) {
                sum += in[start + clamp(t, length) * step];
            }
            for (int position = 0; position < length; position++) {
                out[start + position * step] = (sum + window / 2) / window;
                sum += in[start + clamp(position + radius + 1, length) * step]
                        - in[start + clamp(position - radius, length) * step];
            }
        }
        return out;
    }

    private static int clamp(int position, int length) {
        return Math.max(0, Math.min(length - 1, position));
    }
}
