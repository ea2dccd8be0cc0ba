package org.hotline.adapters.capture.image;

import java.nio.charset.StandardCharsets;

import io.vavr.control.Either;

/**
 * What a JPEG's markers say, read without decoding anything: the frame's size and colour components, how the
 * colours are coded, how many scans there are, where the EXIF block is, and whether the file reaches its
 * end-of-image marker. A file cut short, or whose segments run past its end, is malformed; a progressive file with
 * an absurd number of scans (a known way to make decoders crawl) is refused.
 */
record JpegStructure(int width, int height, Colours colours, boolean progressive, int scans, int exifOffset,
        int exifLength) {

    /** Most scans accepted; encoders write about ten for a progressive picture. */
    static final int MAXIMUM_SCANS = 100;

    /** How the colour components are coded. */
    enum Colours {
        GREY, YCBCR, RGB, CMYK, YCCK
    }

    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final int APP0 = 0xe0;
    private static final int APP1 = 0xe1;
    private static final int APP14 = 0xee;
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);

    /** True when there is an EXIF block. */
    boolean hasExif() {
        return exifLength > 0;
    }

    static Either<ImageFailure, JpegStructure> read(byte[] content) {
        return new Reader(content).read();
    }

    /** One walk over the segments, from the start-of-image marker to the end-of-image one. */
    private static final class Reader {
        private final byte[] content;
        private int position = 2;
        private int width;
        private int height;
        private int[] componentIds;
        private boolean progressive;
        private int scans;
        private boolean jfif;
        private int adobeTransform = -1;
        private int exifOffset;
        private int exifLength;

        Reader(byte[] content) {
            this.content = content;
        }

        Either<ImageFailure, JpegStructure> read() {
            while (true) {
                int marker = nextMarker();
                if (marker < 0) {
                    return Either.left(truncated());
                }
                if (marker == EOI) {
                    return finish();
                }
                if (marker == SOI) {
                    return Either.left(ImageFailure.malformed(ImageFormat.JPEG, "a second start-of-image marker"));
                }
                if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                    continue;
                }
                Either<ImageFailure, Void> segment = segment(marker);
                if (segment.isLeft()) {
                    return Either.left(segment.getLeft());
                }
            }
        }

        /** Skips to the next marker (tolerating stray bytes before it, as decoders do); -1 at the end of the file. */
        private int nextMarker() {
            while (position < content.length && (content[position] & 0xff) != 0xff) {
                position++;
            }
            while (position < content.length && (content[position] & 0xff) == 0xff) {
                position++;
            }
            return position < content.length ? content[position++] & 0xff : -1;
        }

        private Either<ImageFailure, Void> segment(int marker) {
            if (position + 2 > content.length) {
                return Either.left(truncated());
            }
            int length = (content[position] & 0xff) << 8 | (content[position + 1] & 0xff);
            int data = position + 2;
            int end = position + length;
            if (length < 2) {
                return Either.left(ImageFailure.malformed(ImageFormat.JPEG, "a segment of length " + length));
            }
            if (end > content.length) {
                return Either.left(truncated());
            }
            position = end;
            if (isStartOfFrame(marker)) {
                return frame(marker, data, length - 2);
            }
            if (marker == SOS) {
                return scan();
            }
            if (marker == APP0 && matches(data, end, JFIF)) {
                jfif = true;
            } else if (marker == APP1 && exifLength == 0 && matches(data, end, EXIF)) {
                exifOffset = data + EXIF.length;
                exifLength = end - exifOffset;
            } else if (marker == APP14 && matches(data, end, ADOBE) && length >= 14) {
                adobeTransform = content[data + 11] & 0xff;
            }
            return Either.right(null);
        }

        private Either<ImageFailure, Void> frame(int marker, int data, int length) {
            if (componentIds != null) {
                return Either.left(ImageFailure.malformed(ImageFormat.JPEG, "a second frame header"));
            }
            if (marker >= 0xc5 && marker != 0xc8 && marker != 0xcc) {
                return Either.left(ImageFailure.unsupported(ImageFormat.JPEG,
                        marker >= 0xc9 ? "arithmetic coding" : "hierarchical coding"));
            }
            int components = length >= 6 ? content[data + 5] & 0xff : 0;
            if (length < 6 || length != 6 + 3 * components) {
                return Either.left(ImageFailure.malformed(ImageFormat.JPEG, "a frame header of the wrong length"));
            }
            height = (content[data + 1] & 0xff) << 8 | (content[data + 2] & 0xff);
            width = (content[data + 3] & 0xff) << 8 | (content[data + 4] & 0xff);
            if (width == 0 || height == 0) {
                return Either.left(ImageFailure.unsupported(ImageFormat.JPEG, "a frame of " + width + " x " + height
                        + " pixels (a height given after the scan is not read)"));
            }
            componentIds = new int[components];
            for (int c = 0; c < components; c++) {
                componentIds[c] = content[data + 6 + 3 * c] & 0xff;
            }
            progressive = marker == 0xc2;
            return Either.right(null);
        }

        /** A scan: its header has been skipped; its entropy-coded data runs to the next marker that is not a restart. */
        private Either<ImageFailure, Void> scan() {
            if (componentIds == null) {
                return Either.left(ImageFailure.malformed(ImageFormat.JPEG, "a scan before the frame header"));
            }
            if (++scans > MAXIMUM_SCANS) {
                return Either.left(ImageFailure.unsupported(ImageFormat.JPEG, "more than " + MAXIMUM_SCANS + " scans"));
            }
            for (int i = position; i + 1 < content.length; i++) {
                if ((content[i] & 0xff) == 0xff) {
                    int next = content[i + 1] & 0xff;
                    if (next != 0x00 && next != 0xff && (next < 0xd0 || next > 0xd7)) {
                        position = i;
                        return Either.right(null);
                    }
                }
            }
            position = content.length;
            return Either.left(truncated());
        }

        private Either<ImageFailure, JpegStructure> finish() {
            if (componentIds == null || scans == 0) {
                return Either.left(ImageFailure.malformed(ImageFormat.JPEG, "it has no " + (componentIds == null ? "frame" : "scan")));
            }
            Colours colours = switch (componentIds.length) {
                case 1 -> Colours.GREY;
                case 3 -> threeComponents();
                case 4 -> adobeTransform == 2 ? Colours.YCCK : Colours.CMYK;
                default -> null;
            };
            if (colours == null) {
                return Either.left(ImageFailure.unsupported(ImageFormat.JPEG, componentIds.length + " colour components"));
            }
            return Either.right(new JpegStructure(width, height, colours, progressive, scans, exifOffset, exifLength));
        }

        /** As decoders read it: Adobe's marker decides; else JFIF means YCbCr; else components named R, G, B are RGB. */
        private Colours threeComponents() {
            if (adobeTransform >= 0) {
                return adobeTransform == 0 ? Colours.RGB : Colours.YCBCR;
            }
            boolean namedRgb = componentIds[0] == 'R' && componentIds[1] == 'G' && componentIds[2] == 'B';
            return !jfif && namedRgb ? Colours.RGB : Colours.YCBCR;
        }

        private ImageFailure truncated() {
            return ImageFailure.malformed(ImageFormat.JPEG, "it ends before its end-of-image marker (truncated)");
        }

        private static boolean isStartOfFrame(int marker) {
            return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        }

        private boolean matches(int from, int end, byte[] expected) {
            if (end - from < expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if (content[from + i] != expected[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
