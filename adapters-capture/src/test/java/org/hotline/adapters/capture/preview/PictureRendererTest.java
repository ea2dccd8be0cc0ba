package org.hotline.adapters.capture.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.hotline.adapters.capture.image.ImageLimits;
import org.hotline.domain.capture.preview.PreviewImage;
import org.hotline.domain.capture.preview.RenderPreview;
import org.junit.jupiter.api.Test;

class PictureRendererTest {

    private final PictureRenderer renderer = new PictureRenderer(ImageLimits.DEFAULT);

    /** 1200 x 600, red on the left half and blue on the right, with a sharp edge between them. */
    private static byte[] halves() throws IOException {
        BufferedImage picture = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 600, 600);
        g.setColor(Color.BLUE);
        g.fillRect(600, 0, 600, 600);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        return png.toByteArray();
    }

    private static BufferedImage decoded(PreviewImage preview) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(preview.jpeg()));
    }

    private static boolean grey(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.abs(r - g) <= 6 && Math.abs(g - b) <= 6;
    }

    @Test
    void the_blurred_preview_is_grey_soft_and_at_most_480_pixels_wide() throws IOException {
        PreviewImage preview = renderer.blurred(halves()).get();
        BufferedImage picture = decoded(preview);

        assertThat(preview.width()).isEqualTo(RenderPreview.LONGEST_SIDE);
        assertThat(preview.height()).isEqualTo(240);
        assertThat(picture.getWidth()).isEqualTo(480);
        for (int x = 0; x < 480; x += 7) {
            assertThat(grey(picture.getRGB(x, 120))).as("grey at x=" + x).isTrue();
        }
        int left = picture.getRGB(200, 120) & 0xFF;
        int right = picture.getRGB(280, 120) & 0xFF;
        int nearLeft = picture.getRGB(238, 120) & 0xFF;
        int nearRight = picture.getRGB(242, 120) & 0xFF;
        assertThat(Math.abs(nearLeft - nearRight)).as("the edge is blurred").isLessThan(Math.abs(left - right));
    }

    @Test
    void the_revealed_preview_is_in_colour() throws IOException {
        BufferedImage picture = decoded(renderer.revealed(halves()).get());

        int left = picture.getRGB(100, 120);
        int right = picture.getRGB(380, 120);
        assertThat((left >> 16) & 0xFF).as("red").isGreaterThan(200);
        assertThat(right & 0xFF).as("blue").isGreaterThan(200);
        assertThat((left >> 16) & 0xFF).isGreaterThan(left & 0xFF);
    }

    @Test
    void a_picture_announcing_more_pixels_than_the_limits_is_refused_unread() throws IOException {
        PictureRenderer small = new PictureRenderer(new ImageLimits(10_000, 1000));

        assertThat(small.blurred(halves()).getLeft()).contains("1200 x 600");
        assertThat(renderer.revealed(new byte[] {1, 2, 3}).isLeft()).isTrue();
    }
}
