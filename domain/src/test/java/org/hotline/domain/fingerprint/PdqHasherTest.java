package org.hotline.domain.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdqHasherTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int[] SCENE = Pictures.scene(WIDTH, HEIGHT, 7);

    private static PdqFingerprint hash(int[] pixels, int width, int height) {
        return PdqHasher.hash(Luminance.ofArgb(pixels, width, height));
    }

    @Test
    void a_hash_has_as_many_bits_set_as_clear() {
        PdqHash hash = hash(SCENE, WIDTH, HEIGHT).hash();
        int set = 0;
        for (int k = 0; k < PdqHash.BITS; k++) {
            set += hash.bit(k) ? 1 : 0;
        }
        assertThat(set).isEqualTo(128);
    }

    @Test
    void the_same_picture_larger_hashes_alike() {
        PdqHash small = hash(SCENE, WIDTH, HEIGHT).hash();
        PdqHash large = hash(Pictures.enlarged(SCENE, WIDTH, HEIGHT, 3), 3 * WIDTH, 3 * HEIGHT).hash();
        assertThat(small.distance(large)).isLessThanOrEqualTo(10);
    }

    @Test
    void unrelated_pictures_hash_far_apart() {
        PdqHash one = hash(SCENE, WIDTH, HEIGHT).hash();
        PdqHash other = hash(Pictures.scene(WIDTH, HEIGHT, 8), WIDTH, HEIGHT).hash();
        assertThat(one.distance(other)).isGreaterThan(64);
    }

    @Test
    void a_detailed_picture_has_full_quality_and_a_flat_one_none() {
        assertThat(hash(SCENE, WIDTH, HEIGHT).quality()).isEqualTo(100);
        PdqFingerprint flat = hash(Pictures.flat(WIDTH, HEIGHT, 0x808080), WIDTH, HEIGHT);
        assertThat(flat.quality()).isZero();
        assertThat(flat.matchable()).isFalse();
    }

    @Test
    void quality_counts_whole_percent_steps_between_neighbours() {
        // Columns alternating 0 and 255 differ by 100% between horizontal neighbours: 64 x 63 steps of 100.
        double[] stripes = new double[64 * 64];
        for (int k = 0; k < stripes.length; k++) {
            stripes[k] = (k % 2) * 255.0;
        }
        assertThat(PdqHasher.quality(stripes)).isEqualTo(100);
        // Steps of 3 levels are 1% each (truncated from 1.18%): 63 x 64 steps down the rows, 4032 / 90 = 44.
        double[] ramp = new double[64 * 64];
        for (int k = 0; k < ramp.length; k++) {
            ramp[k] = (k / 64) * 3.0;
        }
        assertThat(PdqHasher.quality(ramp)).isEqualTo(44);
        // Steps of 2 levels are 0.78%, which counts as nothing.
        double[] shallow = new double[64 * 64];
        for (int k = 0; k < shallow.length; k++) {
            shallow[k] = (k % 64) * 2.0;
        }
        assertThat(PdqHasher.quality(shallow)).isZero();
    }

    @Test
    void quality_counts_falls_as_well_as_rises() {
        double[] rising = new double[64 * 64];
        double[] falling = new double[64 * 64];
        for (int k = 0; k < rising.length; k++) {
            rising[k] = (k % 64) * 3.0;
            falling[k] = 189 - (k % 64) * 3.0;
        }
        assertThat(PdqHasher.quality(rising)).isEqualTo(44).isEqualTo(PdqHasher.quality(falling));
    }

    @Test
    void bit_16i_plus_j_is_vertical_frequency_i_plus_1_and_horizontal_frequency_j_plus_1() {
        // A pure cosine of vertical frequency 2 and horizontal frequency 5: one coefficient stands out.
        double[] grid = new double[64 * 64];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                grid[y * 64 + x] = 128 + 100 * Math.cos(Math.PI / 128 * 2 * (2 * y + 1))
                        * Math.cos(Math.PI / 128 * 5 * (2 * x + 1));
            }
        }
        double[] frequencies = PdqHasher.frequencies(grid);
        assertThat(frequencies[16 + 4]).isCloseTo(100 * 32, org.assertj.core.data.Offset.offset(1e-6));
        for (int k = 0; k < 256; k++) {
            if (k != 20) {
                assertThat(Math.abs(frequencies[k])).as("coefficient " + k).isLessThan(1e-6);
            }
        }
        double[] one = new double[256];
        one[20] = 1;
        PdqHash hash = PdqHasher.bits(one);
        assertThat(hash).isEqualTo(PdqHash.ofWords(new long[] {1L << 20, 0, 0, 0}));
    }

    @Test
    void bits_are_set_above_the_lower_median() {
        double[] coefficients = new double[256];
        for (int k = 0; k < 256; k++) {
            coefficients[k] = k % 2 == 0 ? k : -k;
        }
        PdqHash hash = PdqHasher.bits(coefficients);
        // 128 values are negative; the lower of the two middle values is -1, and 0 is above it (the upper would be 0).
        for (int k = 0; k < 256; k++) {
            assertThat(hash.bit(k)).as("bit " + k).isEqualTo(k % 2 == 0);
        }
        assertThat(hash.word(3) >>> 62).as("bits 254 and 255 sit at the top of the last word").isEqualTo(1);
        assertThat(hash.word(0) & 1).as("bit 0 at the bottom of the first").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Dihedral.class)
    void each_variant_is_the_hash_of_the_picture_so_transformed(Dihedral transform) {
        UnaryOperator<int[]> turn = p -> Pictures.turnedCounterClockwise(p, WIDTH, HEIGHT);
        UnaryOperator<int[]> turnBack = p -> Pictures.turnedCounterClockwise(p, HEIGHT, WIDTH);
        int[] mirrored = Pictures.mirroredLeftToRight(SCENE, WIDTH, HEIGHT);
        int[] transformed = switch (transform) {
            case ORIGINAL -> SCENE;
            case ROTATE_90 -> turn.apply(SCENE);
            case ROTATE_180 -> turnBack.apply(turn.apply(SCENE));
            case ROTATE_270 -> turn.apply(turnBack.apply(turn.apply(SCENE)));
            case FLIP_Y -> mirrored;
            case FLIP_X -> turnBack.apply(Pictures.turnedCounterClockwise(mirrored, WIDTH, HEIGHT));
            case FLIP_PLUS_1 -> Pictures.turnedCounterClockwise(mirrored, WIDTH, HEIGHT);
            case FLIP_MINUS_1 -> Pictures.turnedCounterClockwise(turnBack.apply(
                    Pictures.turnedCounterClockwise(mirrored, WIDTH, HEIGHT)), WIDTH, HEIGHT);
        };
        int width = transform.width(WIDTH, HEIGHT);
        int height = transform.height(WIDTH, HEIGHT);

        PdqVariants variants = PdqHasher.hashVariants(Luminance.ofArgb(SCENE, WIDTH, HEIGHT));
        PdqHash direct = hash(transformed, width, height).hash();
        assertThat(variants.hash(transform).distance(direct)).isLessThanOrEqualTo(10);
        assertThat(variants.hash(transform).distance(variants.original().hash()) > 64 || transform == Dihedral.ORIGINAL)
                .as("a variant differs from the original").isTrue();
        assertThat(PdqHasher.hash(Luminance.ofArgb(SCENE, WIDTH, HEIGHT).transformed(transform)).hash())
                .as("the transformed view of the picture").isEqualTo(direct);
    }

    @Test
    void on_a_64_by_64_picture_the_variants_are_exact() {
        int[] small = Pictures.scene(64, 64, 3);
        PdqVariants variants = PdqHasher.hashVariants(Luminance.ofArgb(small, 64, 64));
        for (Dihedral transform : Dihedral.values()) {
            PdqHash direct = PdqHasher.hash(Luminance.ofArgb(small, 64, 64).transformed(transform)).hash();
            assertThat(variants.hash(transform)).as(transform.name()).isEqualTo(direct);
        }
        assertThat(variants.original()).isEqualTo(PdqHasher.hash(Luminance.ofArgb(small, 64, 64)));
    }

    @Test
    void tiny_and_thin_pictures_hash_without_failing() {
        assertThat(hash(new int[] {0xffffff}, 1, 1).quality()).isZero();
        PdqFingerprint strip = hash(Pictures.scene(3, 500, 1), 3, 500);
        assertThat(strip.quality()).isBetween(0, 100);
        assertThat(hash(Pictures.scene(500, 3, 1), 500, 3).hash()).isNotEqualTo(strip.hash());
    }

    @Test
    void pictures_without_pixels_or_too_long_are_refused() {
        Luminance empty = new Luminance() {
            public int width() {
                return 0;
            }

            public int height() {
                return 10;
            }

            public void row(int y, int[] into) {
            }
        };
        assertThatThrownBy(() -> PdqHasher.hash(empty)).hasMessageContaining("0 x 10");
        Luminance tall = new Luminance() {
            public int width() {
                return 1;
            }

            public int height() {
                return PdqHasher.MAXIMUM_SIDE + 1;
            }

            public void row(int y, int[] into) {
            }
        };
        assertThatThrownBy(() -> PdqHasher.hashVariants(tall)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdqHasher.hash(null)).isInstanceOf(NullPointerException.class);
    }
}
