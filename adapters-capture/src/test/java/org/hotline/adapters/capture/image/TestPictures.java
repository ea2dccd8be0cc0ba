package org.hotline.adapters.capture.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.hotline.domain.fingerprint.Luminance;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHasher;

/** Pictures the tests make themselves, and the files they encode them into: nothing real, all reproducible. */
final class TestPictures {

    private TestPictures() {
    }

    /**
     * A made-up scene in integer arithmetic only (so it is the same on every machine): colour ramps, a disc, a dark
     * block, stripes and some noise. Seeds move the shapes.
     */
    static BufferedImage scene(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int state = 0x9e3779b9 ^ seed * 0x85ebca6b;
        int cx = width * (25 + (seed * 37) % 50) / 100;
        int cy = height * (25 + (seed * 53) % 50) / 100;
        int radius = Math.min(width, height) * (15 + (seed * 11) % 15) / 100;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int red = x * 255 / Math.max(1, width - 1);
                int green = y * 255 / Math.max(1, height - 1);
                int blue = (x + y) * 255 / Math.max(1, width + height - 2);
                long dx = x - cx;
                long dy = y - cy;
                if (dx * dx + dy * dy < (long) radius * radius) {
                    red = 240;
                    green = 200;
                    blue = 40;
                } else if (x > width * 6 / 10 && x < width * 8 / 10 && y > height / 10 && y < height / 2) {
                    red = 20;
                    green = 30;
                    blue = 60;
                } else if (y > height * 6 / 10 && ((x + 2 * y) * 32 / Math.max(1, width)) % 2 == 0) {
                    red /= 2;
                    green /= 2;
                }
                state ^= state << 13;
                state ^= state >>> 17;
                state ^= state << 5;
                int noise = Math.floorMod(state, 13) - 6;
                image.setRGB(x, y, clamp(red + noise) << 16 | clamp(green + noise) << 8 | clamp(blue + noise));
            }
        }
        return image;
    }

    private static int clamp(int level) {
        return Math.max(0, Math.min(255, level));
    }

    /** The PDQ hash of the pixels themselves, with no file in between. */
    static PdqFingerprint hashOf(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        return PdqHasher.hash(Luminance.ofArgb(image.getRGB(0, 0, width, height, null, 0, width), width, height));
    }

    /** The picture written by the JDK's own encoder of the format (png, gif, bmp). */
    static byte[] encode(BufferedImage image, String format) {
        return write(jdkWriter(format), new IIOImage(image, null, null), null);
    }

    /** The picture as a baseline JPEG of the given quality (0 to 1). */
    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = jdkWriter("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        return write(writer, new IIOImage(image, null, null), param);
    }

    /**
     * The picture as a CMYK JPEG the way Photoshop writes them: four components, inverted, with Adobe's marker. The
     * ink is made up (no black, cyan = 255 - red...), which is enough for the structure to survive.
     */
    static byte[] cmykJpeg(BufferedImage image) {
        WritableRaster ink = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, image.getWidth(), image.getHeight(), 4, null);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                ink.setPixel(x, y, new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 255});
            }
        }
        byte[] plain = write(jdkWriter("jpeg"), new IIOImage(ink, null, null), null);
        byte[] adobe = {(byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return insertAfterStart(plain, adobe);
    }

    /** The JPEG with an EXIF block saying how to turn it upright (1 to 8), placed first. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.capacity();
        ByteBuffer segment = ByteBuffer.allocate(2 + length);
        segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) length).put(exif).put(tiff.array());
        return insertAfterStart(jpeg, segment.array());
    }

    static byte[] insertAfterStart(byte[] jpeg, byte[] segment) {
        byte[] result = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, result, 0, 2);
        System.arraycopy(segment, 0, result, 2, segment.length);
        System.arraycopy(jpeg, 2, result, 2 + segment.length, jpeg.length - 2);
        return result;
    }

    private static ImageWriter jdkWriter(String format) {
        for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format); writers.hasNext();) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
        }
        throw new IllegalStateException("the JDK has no " + format + " writer");
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
