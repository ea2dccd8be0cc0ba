package org.hotline.benchmarks;

import java.awt.image.BufferedImage;

/**
 * The baseline PDQ is measured against: the algorithm computed the straightforward way, as its description reads and
 * as the reference implementations are structured. Every pixel is converted to a float luminance through
 * {@link BufferedImage#getRGB}, the whole picture is filtered by four box passes (rows, columns, rows, columns), and
 * the 64 x 64 grid is sampled from the result. Only the timing is of interest: the hash is left out.
 */
final class StraightforwardPdq {

    private StraightforwardPdq() {
    }

    /** The 64 x 64 grid (the expensive part of PDQ; the DCT and bits that follow are the same in both). */
    static float[] grid(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        float[] plane = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = picture.getRGB(x, y);
                plane[y * width + x] = 0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff);
            }
        }
        float[] other = new float[plane.length];
        int across = (width + 127) / 128;
        int down = (height + 127) / 128;
        for (int pass = 0; pass < 2; pass++) {
            box(plane, other, width, height, across, 1, width);
            box(other, plane, width, height, down, width, 1);
        }
        float[] grid = new float[64 * 64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                grid[i * 64 + j] = plane[(int) ((i + 0.5) * height / 64) * width + (int) ((j + 0.5) * width / 64)];
            }
        }
        return grid;
    }

    /** A running box of {@code window} values along each line, averaging only what lies inside the picture. */
    private static void box(float[] in, float[] out, int width, int height, int window, int step, int next) {
        int length = step == 1 ? width : height;
        int lines = step == 1 ? height : width;
        int after = (window + 2) / 2 - 1;
        int before = window - 1 - after;
        for (int line = 0; line < lines; line++) {
            int start = line * next;
            float sum = 0;
            int count = 0;
            for (int t = 0; t < after && t < length; t++) {
                sum += in[start + t * step];
                count++;
            }
            for (int position = 0; position < length; position++) {
                int entering = position + after;
                if (entering < length) {
                    sum += in[start + entering * step];
                    count++;
                }
                int leaving = position - before - 1;
                if (leaving >= 0) {
                    sum -= in[start + leaving * step];
                    count--;
                }
                out[start + position * step] = sum / count;
            }
        }
    }
}
