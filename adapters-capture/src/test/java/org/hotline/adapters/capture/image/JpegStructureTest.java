package org.hotline.adapters.capture.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpegStructureTest {

    private static final byte[] SOI = {(byte) 0xff, (byte) 0xd8};
    private static final byte[] EOI = {(byte) 0xff, (byte) 0xd9};

    /** A segment: marker, length, data. */
    private static byte[] segment(int marker, byte... data) {
        byte[] segment = new byte[4 + data.length];
        segment[0] = (byte) 0xff;
        segment[1] = (byte) marker;
        segment[2] = (byte) ((data.length + 2) >> 8);
        segment[3] = (byte) (data.length + 2);
        System.arraycopy(data, 0, segment, 4, data.length);
        return segment;
    }

    private static byte[] frame(int marker, int width, int height, int... componentIds) {
        byte[] data = new byte[6 + 3 * componentIds.length];
        data[0] = 8;
        data[1] = (byte) (height >> 8);
        data[2] = (byte) height;
        data[3] = (byte) (width >> 8);
        data[4] = (byte) width;
        data[5] = (byte) componentIds.length;
        for (int c = 0; c < componentIds.length; c++) {
            data[6 + 3 * c] = (byte) componentIds[c];
            data[7 + 3 * c] = 0x11;
        }
        return segment(marker, data);
    }

    /** A scan header followed by entropy-coded bytes, with a stuffed 0xff00 and a restart marker inside. */
    private static byte[] scan() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(segment(0xda, (byte) 1, (byte) 1, (byte) 0, (byte) 0, (byte) 63, (byte) 0));
        out.writeBytes(new byte[] {0x12, (byte) 0xff, 0x00, 0x34, (byte) 0xff, (byte) 0xd3, 0x56});
        return out.toByteArray();
    }

    private static byte[] jpeg(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SOI);
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A progressive JPEG frame followed by this many scans. */
    static byte[] withScans(int scans) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SOI);
        out.writeBytes(frame(0xc2, 16, 16, 1, 2, 3));
        for (int i = 0; i < scans; i++) {
            out.writeBytes(scan());
        }
        out.writeBytes(EOI);
        return out.toByteArray();
    }

    @Test
    void the_frame_gives_the_size_and_the_scans_are_counted_through_stuffing_and_restarts() {
        JpegStructure structure = JpegStructure.read(jpeg(frame(0xc0, 300, 200, 1, 2, 3), scan(), scan(), EOI)).get();
        assertThat(structure.width()).isEqualTo(300);
        assertThat(structure.height()).isEqualTo(200);
        assertThat(structure.scans()).isEqualTo(2);
        assertThat(structure.progressive()).isFalse();
        assertThat(structure.colours()).isEqualTo(JpegStructure.Colours.YCBCR);
        assertThat(structure.hasExif()).isFalse();
        assertThat(JpegStructure.read(withScans(3)).get().progressive()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "grey, 1, -1, false, GREY",
        "JFIF with R G B ids, 3, -1, true, YCBCR",
        "R G B ids, 3, -1, false, RGB",
        "Adobe transform 0, 3, 0, false, RGB",
        "Adobe transform 1, 3, 1, false, YCBCR",
        "four components, 4, -1, false, CMYK",
        "Adobe transform 2, 4, 2, false, YCCK"})
    void the_colours_are_read_as_decoders_read_them(String name, int components, int adobe, boolean jfif,
            JpegStructure.Colours colours) {
        int[] ids = components == 3 ? new int[] {'R', 'G', 'B'} : components == 1 ? new int[] {1} : new int[] {1, 2, 3, 4};
        byte[] jfifSegment = jfif ? segment(0xe0, "JFIF\0\1\2\0\0\1\0\1\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : new byte[0];
        byte[] adobeSegment = adobe < 0 ? new byte[0]
                : segment(0xee, (byte) 'A', (byte) 'd', (byte) 'o', (byte) 'b', (byte) 'e', (byte) 0, (byte) 100,
                        (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) adobe);
        byte[] content = jpeg(jfifSegment, adobeSegment, frame(0xc0, 8, 8, ids), scan(), EOI);
        assertThat(JpegStructure.read(content).get().colours()).isEqualTo(colours);
    }

    @Test
    void the_first_exif_block_is_found_after_its_preamble() {
        byte[] exif = segment(0xe1, (byte) 'E', (byte) 'x', (byte) 'i', (byte) 'f', (byte) 0, (byte) 0, (byte) 'M',
                (byte) 'M', (byte) 0, (byte) 42);
        JpegStructure structure = JpegStructure.read(jpeg(exif, frame(0xc0, 8, 8, 1), scan(), EOI)).get();
        assertThat(structure.hasExif()).isTrue();
        assertThat(structure.exifOffset()).isEqualTo(2 + 4 + 6);
        assertThat(structure.exifLength()).isEqualTo(4);
    }

    @Test
    void stray_bytes_between_segments_are_tolerated_as_decoders_do() {
        byte[] content = jpeg(frame(0xc0, 8, 8, 1), new byte[] {0x00, 0x11}, scan(), EOI);
        assertThat(JpegStructure.read(content).isRight()).isTrue();
    }

    @Test
    void defects_are_named() {
        assertThat(reason(jpeg(frame(0xc0, 8, 8, 1), scan()))).contains("truncated");
        assertThat(reason(jpeg(frame(0xc0, 8, 8, 1)))).contains("truncated");
        assertThat(reason(jpeg(frame(0xc0, 8, 8, 1), new byte[] {(byte) 0xff, (byte) 0xe0, 0x40}))).contains("truncated");
        assertThat(reason(jpeg(scan(), EOI))).contains("a scan before the frame header");
        assertThat(reason(jpeg(frame(0xc0, 8, 8, 1), EOI))).contains("no scan");
        assertThat(reason(jpeg(EOI))).contains("no frame");
        assertThat(reason(jpeg(frame(0xc0, 8, 8, 1), frame(0xc0, 8, 8, 1), scan(), EOI))).contains("second frame");
        assertThat(reason(jpeg(SOI, frame(0xc0, 8, 8, 1), scan(), EOI))).contains("second start-of-image");
        assertThat(reason(jpeg(new byte[] {(byte) 0xff, (byte) 0xe0, 0, 1}, EOI))).contains("a segment of length 1");
        assertThat(reason(jpeg(segment(0xc0, (byte) 8, (byte) 0, (byte) 8), scan(), EOI))).contains("wrong length");
        assertThat(reason(jpeg(frame(0xc0, 8, 0, 1), scan(), EOI))).contains("8 x 0");
        assertThat(reason(jpeg(frame(0xc0, 8, 8, 1, 2), scan(), EOI))).contains("2 colour components");
        assertThat(reason(jpeg(frame(0xc5, 8, 8, 1), scan(), EOI))).contains("hierarchical");
        assertThat(reason(jpeg(frame(0xca, 8, 8, 1), scan(), EOI))).contains("arithmetic");
        assertThat(reason(withScans(JpegStructure.MAXIMUM_SCANS + 1))).contains("more than 100 scans");
        assertThat(JpegStructure.read(withScans(JpegStructure.MAXIMUM_SCANS)).isRight()).isTrue();
    }

    private static String reason(byte[] content) {
        return JpegStructure.read(content).getLeft().detail();
    }
}
