package org.hotline.domain.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TentDownsamplerTest {

    /**
     * The filter as the algorithm describes it, on the whole picture: a box along every row, one along every column,
     * twice over, each box averaging the values inside the picture; then the value at each of the 64 x 64 centres.
     */
    private static double[] described(int[] luminance, int width, int height) {
        double[] plane = new double[luminance.length];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = luminance[i] / 1000.0;
        }
        int across = (width + 127) / 128;
        int down = (height + 127) / 128;
        for (int pass = 0; pass < 2; pass++) {
            plane = box(plane, width, height, across, 1, width);
            plane = box(plane, width, height, down, width, 1);
        }
        double[] grid = new double[64 * 64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                grid[i * 64 + j] = plane[(int) ((i + 0.5) * height / 64) * width + (int) ((j + 0.5) * width / 64)];
            }
        }
        return grid;
    }

    /** A box of {@code window} values along lines whose neighbours are {@code step} apart, lines {@code next} apart. */
    private static double[] box(double[] in, int width, int height, int window, int step, int next) {
        int length = step == 1 ? width : height;
        int lines = step == 1 ? height : width;
        int halfWindow = (window + 2) / 2;
        int before = window - halfWindow;
        int after = halfWindow - 1;
        double[] out = new double[in.length];
        for (int line = 0; line < lines; line++) {
            for (int position = 0; position < length; position++) {
                double sum = 0;
                int count = 0;
                for (int t = position - before; t <= position + after; t++) {
                    if (t >= 0 && t < length) {
                        sum += in[line * next + t * step];
                        count++;
                    }
                }
                out[line * next + position * step] = sum / count;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1600, 1004", "1004, 1600", "256, 256", "300, 129", "1, 1", "3, 500", "640, 7", "2049, 130", "64, 64"})
    void the_grid_is_the_described_filter_at_the_centres(int width, int height) {
        int[] pixels = Pictures.scene(width, height, width * 31L + height);
        int[] luminance = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            luminance[i] = Luminance.of((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
        }
        double[] expected = described(luminance, width, height);
        double[] actual = TentDownsampler.downsample(Luminance.of(luminance, width, height));
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).as("grid value " + k).isCloseTo(expected[k], Offset.offset(1e-5));
        }
    }
}
