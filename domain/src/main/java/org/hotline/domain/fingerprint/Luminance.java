package org.hotline.domain.fingerprint;

/**
 * The brightness of a picture, row by row: what PDQ hashes. Decoders provide it from whatever pixel layout they hold,
 * one row at a time, so that hashing needs no copy of the whole picture.
 *
 * <p>Values are in thousandths of an 8-bit level, 0 to 255,000, so that the Rec. 601 weights of red, green and blue
 * (0.299, 0.587 and 0.114, those of JPEG's Y and of the PDQ reference) give exact integers.
 */
public interface Luminance {

    /** Thousandths per level: a level of 255 is 255,000. */
    int SCALE = 1000;

    /** Columns, at least 1. */
    int width();

    /** Rows, at least 1. */
    int height();

    /** Writes the luminance of row {@code y} (0 at the top) into the first {@link #width()} places of {@code into}. */
    void row(int y, int[] into);

    /** The luminance of one pixel from its 8-bit red, green and blue, in thousandths of a level. */
    static int of(int red, int green, int blue) {
        return 299 * red + 587 * green + 114 * blue;
    }

    /** A picture held as one array of luminance values (in thousandths), row after row. */
    static Luminance of(int[] values, int width, int height) {
        return new LuminancePlane(values, width, height);
    }

    /** A picture's luminance from packed {@code 0xAARRGGBB} pixels, row after row; alpha is ignored. */
    static Luminance ofArgb(int[] pixels, int width, int height) {
        int[] values = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int pixel = pixels[i];
            values[i] = of((pixel >>> 16) & 0xff, (pixel >>> 8) & 0xff, pixel & 0xff);
        }
        return new LuminancePlane(values, width, height);
    }

    /**
     * The same picture turned or mirrored: how a photograph stored on its side is put upright before hashing. The
     * picture is read once into memory; {@link Dihedral#ORIGINAL} returns it as it is.
     */
    default Luminance transformed(Dihedral transform) {
        if (transform == Dihedral.ORIGINAL) {
            return this;
        }
        int[] values = new int[Math.multiplyExact(width(), height())];
        int[] line = new int[width()];
        for (int y = 0; y < height(); y++) {
            row(y, line);
            System.arraycopy(line, 0, values, y * width(), width());
        }
        return new TransformedLuminance(values, width(), height(), transform);
    }
}
