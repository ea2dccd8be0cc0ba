package org.hotline.domain.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DihedralTest {

    /** A 3 x 2 picture whose pixels are numbered 0 to 5, row after row: 0 1 2 / 3 4 5. */
    private static String transformed(Dihedral transform) {
        int width = transform.width(3, 2);
        int height = transform.height(3, 2);
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < height; y++) {
            if (y > 0) {
                rows.append('/');
            }
            for (int x = 0; x < width; x++) {
                rows.append(transform.sourceIndex(x, y, 3, 2));
            }
        }
        return rows.toString();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ORIGINAL, 012/345",
        "ROTATE_90, 25/14/03",
        "ROTATE_180, 543/210",
        "ROTATE_270, 30/41/52",
        "FLIP_X, 345/012",
        "FLIP_Y, 210/543",
        "FLIP_PLUS_1, 03/14/25",
        "FLIP_MINUS_1, 52/41/30"})
    void each_transform_moves_the_pixels_as_named(Dihedral transform, String rows) {
        assertThat(transformed(transform)).isEqualTo(rows);
        assertThat(transform.transposes()).isEqualTo(rows.split("/").length == 3);
    }

    @ParameterizedTest(name = "orientation {0}: {1}")
    @CsvSource({"1, ORIGINAL", "2, FLIP_Y", "3, ROTATE_180", "4, FLIP_X", "5, FLIP_PLUS_1", "6, ROTATE_270",
        "7, FLIP_MINUS_1", "8, ROTATE_90", "0, ORIGINAL", "9, ORIGINAL", "-1, ORIGINAL"})
    void exif_orientations_name_the_transform_that_puts_the_picture_upright(int orientation, Dihedral upright) {
        assertThat(Dihedral.fromExifOrientation(orientation)).isEqualTo(upright);
    }

    @Test
    void orientation_6_is_a_camera_held_on_its_side_turned_clockwise_to_show() {
        // Stored 3 x 2 with the sky on the left (column 0); shown upright, column 0 becomes the top row, read from the bottom up.
        assertThat(transformed(Dihedral.fromExifOrientation(6))).isEqualTo("30/41/52");
    }

    @ParameterizedTest
    @EnumSource(Dihedral.class)
    void the_frequencies_of_a_transformed_grid_follow_from_the_original_ones(Dihedral transform) {
        Random random = new Random(transform.ordinal());
        double[] grid = new double[64 * 64];
        for (int k = 0; k < grid.length; k++) {
            grid[k] = random.nextDouble() * 255;
        }
        double[] moved = new double[grid.length];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                moved[y * 64 + x] = grid[transform.sourceIndex(x, y, 64, 64)];
            }
        }
        double[] derived = new double[256];
        transform.transformFrequencies(PdqHasher.frequencies(grid), derived, 16);
        double[] direct = PdqHasher.frequencies(moved);
        for (int k = 0; k < 256; k++) {
            assertThat(derived[k]).as("coefficient " + k).isCloseTo(direct[k], Offset.offset(1e-9));
        }
    }
}
