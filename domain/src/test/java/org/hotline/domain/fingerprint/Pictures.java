package org.hotline.domain.fingerprint;

import java.util.Random;

/** Made-up pictures for the hashing tests, as packed RGB pixels: nothing real, everything reproducible. */
final class Pictures {

    private Pictures() {
    }

    /** Smooth shading, a few shapes and some noise: detail at every scale, like a photograph. */
    static int[] scene(int width, int height, long seed) {
        Random random = new Random(seed);
        double cx = width * (0.2 + 0.6 * random.nextDouble());
        double cy = height * (0.2 + 0.6 * random.nextDouble());
        double radius = Math.min(width, height) * (0.1 + 0.2 * random.nextDouble());
        double waves = 2 + 6 * random.nextDouble();
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = (double) x / width;
                double v = (double) y / height;
                double level = 90 + 60 * Math.sin(waves * u * Math.PI + 2 * v) + 40 * v;
                if (Math.hypot(x - cx, y - cy) < radius) {
                    level = 235 - 30 * u;
                }
                if (u > 0.6 && u < 0.8 && v > 0.1 && v < 0.5) {
                    level = 25;
                }
                level += random.nextGaussian() * 6;
                int grey = Math.max(0, Math.min(255, (int) level));
                int red = Math.max(0, Math.min(255, grey + (int) (40 * u)));
                int blue = Math.max(0, Math.min(255, grey - (int) (40 * v)));
                pixels[y * width + x] = 0xff000000 | red << 16 | grey << 8 | blue;
            }
        }
        return pixels;
    }

    /** Every pixel the same colour. */
    static int[] flat(int width, int height, int rgb) {
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xff000000 | rgb);
        return pixels;
    }

    /** Each pixel repeated {@code factor} times across and down: the same picture, larger. */
    static int[] enlarged(int[] pixels, int width, int height, int factor) {
        int[] larger = new int[width * factor * height * factor];
        for (int y = 0; y < height * factor; y++) {
            for (int x = 0; x < width * factor; x++) {
                larger[y * width * factor + x] = pixels[(y / factor) * width + x / factor];
            }
        }
        return larger;
    }

    /** Turned a quarter counter-clockwise, written out pixel by pixel: the right column becomes the top row. */
    static int[] turnedCounterClockwise(int[] pixels, int width, int height) {
        int[] turned = new int[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                turned[(width - 1 - x) * height + y] = pixels[y * width + x];
            }
        }
        return turned;
    }

    /** Left and right swapped, written out pixel by pixel. */
    static int[] mirroredLeftToRight(int[] pixels, int width, int height) {
        int[] mirrored = new int[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                mirrored[y * width + (width - 1 - x)] = pixels[y * width + x];
            }
        }
        return mirrored;
    }
}
