package org.hotline.domain.fingerprint;

import java.util.Arrays;
import java.util.Objects;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/**
 * PDQ, the perceptual hash Meta published for sharing fingerprints of harmful pictures (ThreatExchange, 2019),
 * written here from its description. Pictures that look alike get hashes a few bits apart, whatever their file
 * format, size or compression.
 *
 * <ol>
 * <li>Luminance (given, by a {@link Luminance}).</li>
 * <li>A tent-filter blur and a 64 x 64 grid of samples ({@link TentDownsampler}).</li>
 * <li>Quality: how much the grid varies between neighbours; flat or nearly blank pictures score low and their hashes
 * say little.</li>
 * <li>The 16 x 16 lowest frequencies of the grid's two-dimensional DCT, the constant term left out.</li>
 * <li>One bit per frequency: set when its coefficient is above the median of the 256.</li>
 * </ol>
 *
 * <p>Bit {@code 16 * i + j} stands for vertical frequency {@code i + 1} and horizontal frequency {@code j + 1}.
 */
public final class PdqHasher {

    /** The longest side hashed; longer pictures are refused (decoders refuse them long before, by pixel count). */
    public static final int MAXIMUM_SIDE = 1 << 17;

    private static final int GRID = TentDownsampler.SIZE;
    private static final int FREQUENCIES = 16;
    private static final double[] DCT = dctMatrix();

    private PdqHasher() {
    }

    /** The hash of the picture and its quality. */
    public static PdqFingerprint hash(Luminance image) {
        double[] grid = TentDownsampler.downsample(checked(image));
        return new PdqFingerprint(bits(frequencies(grid)), quality(grid));
    }

    /** The hashes of the picture turned and mirrored in each of the eight ways, from one pass over it. */
    public static PdqVariants hashVariants(Luminance image) {
        double[] grid = TentDownsampler.downsample(checked(image));
        double[] frequencies = frequencies(grid);
        double[] transformed = new double[frequencies.length];
        Map<Dihedral, PdqHash> hashes = LinkedHashMap.empty();
        for (Dihedral transform : Dihedral.values()) {
            transform.transformFrequencies(frequencies, transformed, FREQUENCIES);
            hashes = hashes.put(transform, bits(transformed));
        }
        return new PdqVariants(hashes, quality(grid));
    }

    private static Luminance checked(Luminance image) {
        Objects.requireNonNull(image, "image");
        if (image.width() < 1 || image.height() < 1 || image.width() > MAXIMUM_SIDE || image.height() > MAXIMUM_SIDE) {
            throw new IllegalArgumentException("a picture to hash is 1 to " + MAXIMUM_SIDE + " pixels a side, not "
                    + image.width() + " x " + image.height());
        }
        return image;
    }

    /**
     * The sum of the differences between neighbouring values of the grid, each in whole percent of the 0-255 range
     * (so that many tiny differences count for nothing), scaled to 0-100 by the reference's factor of 90.
     */
    static int quality(double[] grid) {
        int sum = 0;
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double value = grid[i * GRID + j];
                if (i + 1 < GRID) {
                    sum += Math.abs(percent(value - grid[(i + 1) * GRID + j]));
                }
                if (j + 1 < GRID) {
                    sum += Math.abs(percent(value - grid[i * GRID + j + 1]));
                }
            }
        }
        return Math.min(PdqFingerprint.MAXIMUM_QUALITY, sum / 90);
    }

    private static int percent(double difference) {
        return (int) (difference * 100 / 255);
    }

    /** The 16 x 16 lowest non-constant frequencies of the grid: {@code D A D'} with the 16 x 64 DCT matrix D. */
    static double[] frequencies(double[] grid) {
        double[] partial = new double[FREQUENCIES * GRID];
        for (int i = 0; i < FREQUENCIES; i++) {
            for (int j = 0; j < GRID; j++) {
                double sum = 0;
                for (int k = 0; k < GRID; k++) {
                    sum += DCT[i * GRID + k] * grid[k * GRID + j];
                }
                partial[i * GRID + j] = sum;
            }
        }
        double[] result = new double[FREQUENCIES * FREQUENCIES];
        for (int i = 0; i < FREQUENCIES; i++) {
            for (int j = 0; j < FREQUENCIES; j++) {
                double sum = 0;
                for (int k = 0; k < GRID; k++) {
                    sum += partial[i * GRID + k] * DCT[j * GRID + k];
                }
                result[i * FREQUENCIES + j] = sum;
            }
        }
        return result;
    }

    /** One bit per coefficient, set when it is above the median (the lower of the two middle values). */
    static PdqHash bits(double[] coefficients) {
        double[] sorted = coefficients.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2 - 1];
        long[] words = new long[4];
        for (int k = 0; k < coefficients.length; k++) {
            if (coefficients[k] > median) {
                words[k >>> 6] |= 1L << (k & 63);
            }
        }
        return PdqHash.ofWords(words);
    }

    /** Row {@code i} is the cosine of frequency {@code i + 1} at the 64 sample positions, orthonormally scaled. */
    private static double[] dctMatrix() {
        double[] matrix = new double[FREQUENCIES * GRID];
        double scale = Math.sqrt(2.0 / GRID);
        for (int i = 0; i < FREQUENCIES; i++) {
            for (int j = 0; j < GRID; j++) {
                matrix[i * GRID + j] = scale * Math.cos(Math.PI / (2 * GRID) * (i + 1) * (2 * j + 1));
            }
        }
        return matrix;
    }
}
