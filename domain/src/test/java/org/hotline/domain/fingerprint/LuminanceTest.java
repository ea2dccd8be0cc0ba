package org.hotline.domain.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LuminanceTest {

    @Test
    void luminance_weighs_red_green_and_blue_as_rec_601_in_thousandths() {
        assertThat(Luminance.of(255, 255, 255)).isEqualTo(255_000);
        assertThat(Luminance.of(1, 0, 0)).isEqualTo(299);
        assertThat(Luminance.of(0, 1, 0)).isEqualTo(587);
        assertThat(Luminance.of(0, 0, 1)).isEqualTo(114);
    }

    @Test
    void packed_pixels_give_their_luminance_and_alpha_counts_for_nothing() {
        Luminance image = Luminance.ofArgb(new int[] {0xff102030, 0x00102030, 0x80ffffff, 0xff000000}, 2, 2);
        int[] row = new int[2];
        image.row(0, row);
        assertThat(row).containsExactly(Luminance.of(0x10, 0x20, 0x30), Luminance.of(0x10, 0x20, 0x30));
        image.row(1, row);
        assertThat(row).containsExactly(255_000, 0);
        assertThat(image.width()).isEqualTo(2);
        assertThat(image.height()).isEqualTo(2);
    }

    @Test
    void a_transformed_view_has_the_transformed_size_and_rows() {
        Luminance image = Luminance.of(new int[] {0, 1, 2, 3, 4, 5}, 3, 2);
        Luminance turned = image.transformed(Dihedral.ROTATE_270);
        assertThat(turned.width()).isEqualTo(2);
        assertThat(turned.height()).isEqualTo(3);
        int[] row = new int[2];
        turned.row(0, row);
        assertThat(row).containsExactly(3, 0);
        turned.row(2, row);
        assertThat(row).containsExactly(5, 2);
        assertThat(image.transformed(Dihedral.ORIGINAL)).isSameAs(image);
    }

    @Test
    void a_plane_of_the_wrong_size_is_refused() {
        assertThatThrownBy(() -> Luminance.of(new int[5], 3, 2)).hasMessageContaining("has 6 values, not 5");
        assertThatThrownBy(() -> Luminance.of(new int[0], 0, 0)).hasMessageContaining("at least 1 x 1");
        assertThatThrownBy(() -> Luminance.of(new int[3], 3, 0)).hasMessageContaining("3 x 0");
        assertThatThrownBy(() -> Luminance.of(null, 1, 1)).isInstanceOf(NullPointerException.class);
    }
}
