package org.hotline.adapters.capture.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bombs, lies, truncations and things that are not pictures: each ends with a failure and its reason. */
class ImageRefusalsTest {

    private static final ImageFingerprinter FINGERPRINTER = new ImageFingerprinter();
    private static final byte[] JPEG = TestPictures.jpeg(TestPictures.scene(320, 240, 9), 0.9f);
    private static final byte[] PNG = TestPictures.encode(TestPictures.scene(320, 240, 9), "png");

    private static ImageFailure refusal(byte[] content) {
        Either<ImageFailure, ExaminedImage> examined = FINGERPRINTER.examine(content);
        assertThat(examined.isLeft()).as("refused").isTrue();
        assertThat(FINGERPRINTER.fingerprint(content).getLeft()).isEqualTo(examined.getLeft());
        assertThat(FINGERPRINTER.variants(content).getLeft()).isEqualTo(examined.getLeft());
        return examined.getLeft();
    }

    @Test
    void what_is_not_a_picture_is_said_to_be_none() {
        assertThat(refusal("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo(ImageFailure.Kind.NOT_AN_IMAGE);
        assertThat(refusal(new byte[0]).code()).isEqualTo("image.not_an_image");
        assertThat(refusal(null).detail()).contains("JPEG, PNG, GIF, WebP or BMP");
        assertThat(refusal(new byte[] {'B', 'M', 0, 0}).kind()).as("BM alone").isEqualTo(ImageFailure.Kind.NOT_AN_IMAGE);
    }

    @Test
    void a_png_announcing_ten_gigapixels_is_refused_unread() {
        ImageFailure failure = refusal(png(100_000, 100_000, new byte[] {0, 0, 0, 0}));
        assertThat(failure.kind()).isEqualTo(ImageFailure.Kind.TOO_LARGE);
        assertThat(failure.code()).isEqualTo("image.too_large");
        assertThat(failure.detail()).contains("PNG announces 100000 x 100000 pixels").contains("50000000");
    }

    @Test
    void a_jpeg_announcing_too_many_pixels_is_refused_unread() {
        byte[] bomb = JPEG.clone();
        int frame = indexOf(bomb, (byte) 0xff, (byte) 0xc0);
        bomb[frame + 5] = (byte) 0xfd;
        bomb[frame + 6] = (byte) 0xe8;
        bomb[frame + 7] = (byte) 0xfd;
        bomb[frame + 8] = (byte) 0xe8;
        assertThat(refusal(bomb).detail()).contains("65000 x 65000");
    }

    @Test
    void a_gif_announcing_too_many_pixels_is_refused_unread() {
        byte[] gif = TestPictures.encode(TestPictures.scene(64, 64, 1), "gif");
        int descriptor = indexOf(gif, (byte) 0x2c, (byte) 0, (byte) 0, (byte) 0, (byte) 0);
        for (int i = 0; i < 4; i++) {
            gif[descriptor + 5 + i] = (byte) 0xff;
            gif[6 + i] = (byte) 0xff;
        }
        assertThat(refusal(gif).kind()).isEqualTo(ImageFailure.Kind.TOO_LARGE);
    }

    @Test
    void a_bmp_announcing_too_many_pixels_is_refused_unread() {
        byte[] bmp = TestPictures.encode(TestPictures.scene(64, 64, 1), "bmp");
        ByteBuffer header = ByteBuffer.wrap(bmp).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        header.putInt(18, 40_000).putInt(22, 40_000);
        assertThat(refusal(bmp).detail()).contains("40000 x 40000");
    }

    @Test
    void a_webp_announcing_too_many_pixels_is_refused_unread() {
        byte[] webp = ImageFormatsTest.resource("scene-lossless.webp");
        assertThat(new String(webp, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("VP8L");
        webp[21] = (byte) 0xff;
        webp[22] = (byte) 0xff;
        webp[23] = (byte) 0xff;
        webp[24] = (byte) (webp[24] | 0x0f);
        assertThat(refusal(webp).detail()).contains("16384 x 16384");
    }

    @Test
    void the_limits_are_the_callers() {
        ImageFingerprinter strict = new ImageFingerprinter(new ImageLimits(50_000, 10_000));
        assertThat(strict.examine(PNG).getLeft().detail()).contains("320 x 240").contains("50000 pixels");
        ImageFingerprinter narrow = new ImageFingerprinter(new ImageLimits(1_000_000, 300));
        assertThat(narrow.examine(PNG).getLeft().kind()).isEqualTo(ImageFailure.Kind.TOO_LARGE);
        assertThat(new ImageFingerprinter(new ImageLimits(320 * 240, 320)).examine(PNG).isRight()).isTrue();
    }

    @ParameterizedTest(name = "cut at {0}%")
    @ValueSource(ints = {10, 50, 90, 99})
    void a_truncated_jpeg_is_malformed(int percent) {
        ImageFailure failure = refusal(Arrays.copyOf(JPEG, JPEG.length * percent / 100));
        assertThat(failure.kind()).isEqualTo(ImageFailure.Kind.MALFORMED);
        assertThat(failure.detail()).contains("truncated");
    }

    @ParameterizedTest(name = "cut at {0}%")
    @ValueSource(ints = {5, 50, 99})
    void truncated_pngs_gifs_bmps_and_webps_are_malformed(int percent) {
        for (byte[] whole : new byte[][] {PNG, TestPictures.encode(TestPictures.scene(320, 240, 9), "gif"),
            TestPictures.encode(TestPictures.scene(320, 240, 9), "bmp"), ImageFormatsTest.resource("scene-lossy.webp")}) {
            byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
            assertThat(refusal(cut).kind()).as(ImageFormat.sniff(whole).get().name()).isEqualTo(ImageFailure.Kind.MALFORMED);
        }
    }

    @Test
    void a_png_whose_data_falls_short_of_its_header_is_malformed() {
        assertThat(refusal(png(2000, 2000, new byte[] {0, 1, 2, 3, 4, 5, 6})).detail()).startsWith("The PNG is malformed");
    }

    @Test
    void a_jpeg_of_arithmetic_coding_or_countless_scans_is_refused_undecoded() {
        byte[] arithmetic = JPEG.clone();
        arithmetic[indexOf(arithmetic, (byte) 0xff, (byte) 0xc0) + 1] = (byte) 0xc9;
        ImageFailure failure = refusal(arithmetic);
        assertThat(failure.kind()).isEqualTo(ImageFailure.Kind.UNSUPPORTED);
        assertThat(failure.code()).isEqualTo("image.unsupported");
        assertThat(failure.detail()).contains("arithmetic coding");
        assertThat(refusal(JpegStructureTest.withScans(JpegStructure.MAXIMUM_SCANS + 1)).detail())
                .contains("more than 100 scans");
    }

    /** A PNG of the given size whose pixel data is these bytes, deflated: as small as a bomb likes. */
    static byte[] png(int width, int height, byte[] pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(pixels);
        deflater.finish();
        byte[] deflated = new byte[pixels.length + 64];
        int length = deflater.deflate(deflated);
        chunk(out, "IDAT", Arrays.copyOf(deflated, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static int indexOf(byte[] content, byte... pattern) {
        for (int i = 0; i + pattern.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }
}
