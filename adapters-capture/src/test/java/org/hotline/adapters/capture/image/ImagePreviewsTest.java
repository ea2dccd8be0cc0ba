package org.hotline.adapters.capture.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ImagePreviewsTest {

    private static final ImagePreviews PREVIEWS = new ImagePreviews();
    private static final BufferedImage SCENE = TestPictures.scene(1600, 1200, 2);
    private static final byte[] JPEG = TestPictures.jpeg(SCENE, 0.9f);

    private static BufferedImage decoded(Preview preview) {
        try {
            return ImageIO.read(new ByteArrayInputStream(preview.jpeg()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The average difference between horizontal neighbours of a grey picture: how sharp it is. */
    private static double sharpness(Raster grey) {
        long sum = 0;
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 1; x < grey.getWidth(); x++) {
                sum += Math.abs(grey.getSample(x, y, 0) - grey.getSample(x - 1, y, 0));
            }
        }
        return (double) sum / (grey.getHeight() * (grey.getWidth() - 1));
    }

    private static BufferedImage grey(BufferedImage colour) {
        BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < colour.getHeight(); y++) {
            for (int x = 0; x < colour.getWidth(); x++) {
                int rgb = colour.getRGB(x, y);
                grey.getRaster().setSample(x, y, 0, (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000);
            }
        }
        return grey;
    }

    @Test
    void the_revealed_preview_is_the_picture_in_colour_at_most_480_pixels_a_side() {
        Preview revealed = PREVIEWS.revealed(JPEG).get();
        assertThat(revealed.width()).isEqualTo(480);
        assertThat(revealed.height()).isEqualTo(360);
        BufferedImage picture = decoded(revealed);
        assertThat(picture.getWidth()).isEqualTo(480);
        assertThat(picture.getColorModel().getNumColorComponents()).isEqualTo(3);
        assertThat(TestPictures.hashOf(picture).hash().distance(TestPictures.hashOf(SCENE).hash()))
                .as("it is the same picture").isLessThanOrEqualTo(31);
        assertThat(revealed.toString()).contains("480 x 360");
        assertThat(Preview.MEDIA_TYPE).isEqualTo("image/jpeg");
    }

    @Test
    void the_default_preview_is_grey_and_blurred() {
        Preview blurred = PREVIEWS.blurred(JPEG).get();
        assertThat(blurred.width()).isEqualTo(480);
        assertThat(blurred.height()).isEqualTo(360);
        BufferedImage picture = decoded(blurred);
        assertThat(picture.getColorModel().getNumComponents()).as("one grey component").isEqualTo(1);
        double sharp = sharpness(grey(decoded(PREVIEWS.revealed(JPEG).get())).getRaster());
        assertThat(sharpness(picture.getRaster())).as("blurred against sharp").isLessThan(sharp / 4);
    }

    @Test
    void a_small_picture_is_not_enlarged() {
        byte[] small = TestPictures.encode(TestPictures.scene(200, 100, 1), "png");
        Preview preview = PREVIEWS.revealed(small).get();
        assertThat(preview.width()).isEqualTo(200);
        assertThat(preview.height()).isEqualTo(100);
        assertThat(PREVIEWS.blurred(small).get().width()).isEqualTo(200);
    }

    @Test
    void a_tall_picture_fits_by_its_height_and_a_sideways_photograph_is_shown_upright() {
        Preview tall = PREVIEWS.revealed(TestPictures.jpeg(TestPictures.scene(600, 1200, 1), 0.9f)).get();
        assertThat(tall.width()).isEqualTo(240);
        assertThat(tall.height()).isEqualTo(480);
        Preview upright = PREVIEWS.blurred(TestPictures.withExifOrientation(JPEG, 6)).get();
        assertThat(upright.width()).isEqualTo(360);
        assertThat(upright.height()).isEqualTo(480);
    }

    @Test
    void transparent_parts_are_shown_over_white() {
        BufferedImage clear = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Preview preview = PREVIEWS.revealed(TestPictures.encode(clear, "png")).get();
        int rgb = decoded(preview).getRGB(50, 50);
        assertThat(rgb & 0xff).isGreaterThan(245);
        assertThat((rgb >> 8) & 0xff).isGreaterThan(245);
    }

    @Test
    void what_cannot_be_decoded_gets_no_preview_but_the_reason() {
        assertThat(PREVIEWS.blurred(ImageRefusalsTest.png(100_000, 100_000, new byte[4])).getLeft().kind())
                .isEqualTo(ImageFailure.Kind.TOO_LARGE);
        assertThat(PREVIEWS.revealed("not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8)).getLeft().kind())
                .isEqualTo(ImageFailure.Kind.NOT_AN_IMAGE);
        assertThat(PREVIEWS.revealed(java.util.Arrays.copyOf(JPEG, JPEG.length / 2)).getLeft().kind())
                .isEqualTo(ImageFailure.Kind.MALFORMED);
    }

    @Test
    void a_large_picture_is_previewed_from_a_reduced_decode() {
        byte[] large = TestPictures.jpeg(TestPictures.scene(4000, 3000, 3), 0.8f);
        Preview preview = new ImagePreviews(ImageLimits.DEFAULT).revealed(large).get();
        assertThat(preview.width()).isEqualTo(480);
        assertThat(preview.height()).isEqualTo(360);
    }
}
