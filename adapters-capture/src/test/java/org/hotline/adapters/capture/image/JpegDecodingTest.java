package org.hotline.adapters.capture.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.hotline.domain.fingerprint.Dihedral;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.fingerprint.PdqHasher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** JPEG's particulars: orientation, CMYK, the Y-channel shortcut and reduced-resolution decoding of large pictures. */
class JpegDecodingTest {

    private static final ImageFingerprinter FINGERPRINTER = new ImageFingerprinter();
    private static final PictureDecoder DECODER = new PictureDecoder(ImageLimits.DEFAULT, Decoders.installed());
    private static final BufferedImage SCENE = TestPictures.scene(640, 480, 3);
    private static final byte[] JPEG = TestPictures.jpeg(SCENE, 0.9f);

    /** The hash of a JPEG decoded in full, into colours, at full resolution, as stored. */
    private static PdqHash fullDecode(byte[] jpeg) {
        PictureDecoder.Header header = DECODER.header(jpeg).get();
        return TestPictures.hashOf(DECODER.picture(jpeg, header, 1).get()).hash();
    }

    @Test
    void a_jpeg_hashes_close_to_its_pixels() {
        ExaminedImage examined = FINGERPRINTER.examine(JPEG).get();
        assertThat(examined.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(examined.pdq().hash().distance(TestPictures.hashOf(SCENE).hash())).isLessThanOrEqualTo(10);
        assertThat(examined.pdq().hash()).as("under a megapixel it is decoded into colours").isEqualTo(fullDecode(JPEG));
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void each_exif_orientation_turns_the_picture_upright_before_hashing(int orientation) {
        Dihedral upright = Dihedral.fromExifOrientation(orientation);
        ExaminedImage examined = FINGERPRINTER.examine(TestPictures.withExifOrientation(JPEG, orientation)).get();
        assertThat(examined.width()).isEqualTo(upright.transposes() ? 480 : 640);
        assertThat(examined.height()).isEqualTo(upright.transposes() ? 640 : 480);
        PictureDecoder.Header stored = DECODER.header(JPEG).get();
        PdqHash expected = PdqHasher.hash(DECODER.luminance(JPEG, stored).get().transformed(upright)).hash();
        assertThat(examined.pdq().hash()).isEqualTo(expected);
        if (upright != Dihedral.ORIGINAL) {
            assertThat(examined.pdq().hash().distance(FINGERPRINTER.examine(JPEG).get().pdq().hash())).isGreaterThan(64);
        }
    }

    @Test
    void an_unreadable_exif_block_leaves_the_picture_as_stored() {
        byte[] garbage = {(byte) 0xff, (byte) 0xe1, 0, 20, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0x7f, 0x7f, 0x7f,
            0x7f, 1, 2, 3, 4};
        ExaminedImage examined = FINGERPRINTER.examine(TestPictures.insertAfterStart(JPEG, garbage)).get();
        assertThat(examined.width()).isEqualTo(640);
        assertThat(examined.pdq()).isEqualTo(FINGERPRINTER.examine(JPEG).get().pdq());
    }

    @Test
    void a_cmyk_jpeg_is_decoded_into_colours_and_hashes_alike() {
        ExaminedImage cmyk = FINGERPRINTER.examine(TestPictures.cmykJpeg(SCENE)).get();
        assertThat(cmyk.width()).isEqualTo(640);
        assertThat(cmyk.height()).isEqualTo(480);
        assertThat(cmyk.pdq().hash().distance(TestPictures.hashOf(SCENE).hash())).isLessThanOrEqualTo(31);
    }

    @Test
    void a_jpeg_of_a_megapixel_or_more_hashes_from_its_y_channel_as_from_its_colours() {
        byte[] large = TestPictures.jpeg(TestPictures.scene(1280, 960, 4), 0.9f);
        PictureDecoder.Header header = DECODER.header(large).get();
        assertThat(header.hasLuminanceChannel()).isTrue();
        assertThat(FINGERPRINTER.examine(large).get().pdq().hash().distance(fullDecode(large))).isLessThanOrEqualTo(4);
    }

    @Test
    void a_picture_over_12_megapixels_is_decoded_at_reduced_resolution_and_hashes_as_at_full() {
        BufferedImage huge = TestPictures.scene(4400, 3000, 6);
        byte[] jpeg = TestPictures.jpeg(huge, 0.85f);
        PictureDecoder.Header header = DECODER.header(jpeg).get();
        assertThat(PictureDecoder.subsampling(header.pixels(), PictureDecoder.HASHING_PIXELS)).isEqualTo(2);
        assertThat(FINGERPRINTER.examine(jpeg).get().pdq().hash().distance(fullDecode(jpeg))).isLessThanOrEqualTo(10);
        byte[] png = TestPictures.encode(huge, "png");
        assertThat(FINGERPRINTER.examine(png).get().pdq().hash().distance(TestPictures.hashOf(huge).hash()))
                .isLessThanOrEqualTo(10);
    }

    @Test
    void the_subsampling_step_is_the_smallest_that_meets_the_budget() {
        assertThat(PictureDecoder.subsampling(12_000_000, 12_000_000)).isEqualTo(1);
        assertThat(PictureDecoder.subsampling(12_000_001, 12_000_000)).isEqualTo(2);
        assertThat(PictureDecoder.subsampling(48_000_000, 12_000_000)).isEqualTo(2);
        assertThat(PictureDecoder.subsampling(48_000_001, 12_000_000)).isEqualTo(3);
    }
}
