package org.hotline.adapters.capture.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.Luminance;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.fingerprint.PdqHasher;
import org.junit.jupiter.api.Test;

/** Every format decodes to the pixels that were written, and so hashes as those pixels do. */
class ImageFormatsTest {

    private static final ImageFingerprinter FINGERPRINTER = new ImageFingerprinter();
    private static final BufferedImage SCENE = TestPictures.scene(320, 240, 5);
    private static final PdqHash SCENE_HASH = TestPictures.hashOf(SCENE).hash();

    private static ExaminedImage examine(byte[] content) {
        var examined = FINGERPRINTER.examine(content);
        assertThat(examined.isRight()).as(() -> examined.swap().map(ImageFailure::detail).getOrElse("")).isTrue();
        return examined.get();
    }

    @Test
    void a_png_hashes_as_its_pixels() {
        ExaminedImage png = examine(TestPictures.encode(SCENE, "png"));
        assertThat(png.format()).isEqualTo(ImageFormat.PNG);
        assertThat(png.width()).isEqualTo(320);
        assertThat(png.height()).isEqualTo(240);
        assertThat(png.pdq().hash()).isEqualTo(SCENE_HASH);
    }

    @Test
    void transparency_is_ignored_as_the_reference_ignores_it() {
        BufferedImage translucent = new BufferedImage(320, 240, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                translucent.setRGB(x, y, (x % 3 == 0 ? 0 : 0xff) << 24 | (SCENE.getRGB(x, y) & 0xffffff));
            }
        }
        assertThat(examine(TestPictures.encode(translucent, "png")).pdq().hash()).isEqualTo(SCENE_HASH);
    }

    @Test
    void a_bmp_hashes_as_its_pixels() {
        ExaminedImage bmp = examine(TestPictures.encode(SCENE, "bmp"));
        assertThat(bmp.format()).isEqualTo(ImageFormat.BMP);
        assertThat(bmp.pdq().hash()).isEqualTo(SCENE_HASH);
    }

    @Test
    void grey_is_taken_as_stored_in_any_depth() {
        BufferedImage eightBits = new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage sixteenBits = new BufferedImage(320, 240, BufferedImage.TYPE_USHORT_GRAY);
        int[] levels = new int[320 * 240];
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                int level = (SCENE.getRGB(x, y) >> 8) & 0xff;
                levels[y * 320 + x] = Luminance.SCALE * level;
                eightBits.getRaster().setSample(x, y, 0, level);
                sixteenBits.getRaster().setSample(x, y, 0, level * 257);
            }
        }
        PdqHash expected = PdqHasher.hash(Luminance.of(levels, 320, 240)).hash();
        assertThat(examine(TestPictures.encode(eightBits, "png")).pdq().hash()).isEqualTo(expected);
        assertThat(examine(TestPictures.encode(sixteenBits, "png")).pdq().hash()).isEqualTo(expected);
        assertThat(examine(TestPictures.jpeg(eightBits, 0.95f)).pdq().hash().distance(expected)).isLessThanOrEqualTo(10);
    }

    @Test
    void a_gif_is_hashed_by_its_first_frame() {
        BufferedImage first = greys(TestPictures.scene(320, 240, 1));
        BufferedImage second = greys(TestPictures.scene(320, 240, 2));
        ExaminedImage gif = examine(animatedGif(first, second));
        assertThat(gif.format()).isEqualTo(ImageFormat.GIF);
        assertThat(gif.pdq().hash()).isEqualTo(TestPictures.hashOf(first).hash());
        assertThat(gif.pdq().hash().distance(TestPictures.hashOf(second).hash())).isGreaterThan(64);
    }

    @Test
    void a_lossless_webp_hashes_as_its_pixels_and_lossy_ones_alike() {
        ExaminedImage lossless = examine(resource("scene-lossless.webp"));
        assertThat(lossless.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(lossless.width()).isEqualTo(320);
        assertThat(lossless.pdq().hash()).isEqualTo(SCENE_HASH);
        assertThat(examine(resource("scene-lossy.webp")).pdq().hash().distance(SCENE_HASH)).isLessThanOrEqualTo(10);
        assertThat(examine(resource("scene-alpha.webp")).pdq().hash().distance(SCENE_HASH)).isLessThanOrEqualTo(10);
    }

    @Test
    void fingerprints_add_the_three_digests_of_the_bytes() {
        byte[] png = TestPictures.encode(SCENE, "png");
        FingerprintedImage fingerprinted = FINGERPRINTER.fingerprint(png).get();
        Fingerprints digests = Fingerprints.ofContent(png);
        assertThat(fingerprinted.fingerprints().sha256()).isEqualTo(digests.sha256());
        assertThat(fingerprinted.fingerprints().md5()).isEqualTo(digests.md5());
        assertThat(fingerprinted.fingerprints().pdq()).contains(examine(png).pdq());
        assertThat(fingerprinted.format()).isEqualTo(ImageFormat.PNG);
        assertThat(fingerprinted.width()).isEqualTo(320);
        assertThat(fingerprinted.height()).isEqualTo(240);
    }

    @Test
    void decoded_pixels_hash_alike_in_every_layout() {
        assertThat(ImageFingerprinter.hash(SCENE).hash()).isEqualTo(SCENE_HASH);
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_BGR,
            BufferedImage.TYPE_INT_ARGB_PRE}) {
            BufferedImage copy = new BufferedImage(320, 240, type);
            copy.getGraphics().drawImage(SCENE, 0, 0, null);
            assertThat(ImageFingerprinter.hash(copy).hash()).as("type " + type).isEqualTo(SCENE_HASH);
        }
    }

    @Test
    void imageio_never_caches_to_disk() {
        new ImageFingerprinter().examine(TestPictures.encode(SCENE, "png"));
        assertThat(ImageIO.getUseCache()).isFalse();
    }

    /** The picture in 256 greys, as a palette picture a GIF holds exactly. */
    private static BufferedImage greys(BufferedImage image) {
        byte[] ramp = new byte[256];
        for (int i = 0; i < 256; i++) {
            ramp[i] = (byte) i;
        }
        BufferedImage indexed = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, ramp, ramp, ramp));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                indexed.getRaster().setSample(x, y, 0, (image.getRGB(x, y) >> 8) & 0xff);
            }
        }
        return indexed;
    }

    private static byte[] animatedGif(BufferedImage... frames) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] resource(String name) {
        try (InputStream in = ImageFormatsTest.class.getResourceAsStream("/pictures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
