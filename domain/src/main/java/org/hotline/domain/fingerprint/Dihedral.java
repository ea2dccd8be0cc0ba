package org.hotline.domain.fingerprint;

/**
 * The eight ways to turn or mirror a picture without distorting it (the dihedral group of the square). PDQ derives the
 * hash of each from the original's frequencies alone, so a rotated or mirrored copy of known content is recognised
 * without hashing eight pictures; the same transforms put a photograph upright by its EXIF orientation.
 *
 * <p>Each transform is written as an optional transposition (rows become columns) followed by optional mirrors of the
 * result: left and right swapped, top and bottom swapped. The names are those of the PDQ reference implementation and
 * its test images ({@code bridge-2-rotate-90.jpg} and so on), so that variants can be compared with other systems'.
 */
public enum Dihedral {

    /** The picture as it is. */
    ORIGINAL(false, false, false),
    /** Turned a quarter counter-clockwise: the top edge becomes the left edge. */
    ROTATE_90(true, false, true),
    /** Turned half a turn: upside down. */
    ROTATE_180(false, true, true),
    /** Turned a quarter clockwise: the top edge becomes the right edge. */
    ROTATE_270(true, true, false),
    /** Mirrored across the horizontal axis: top and bottom swapped. */
    FLIP_X(false, false, true),
    /** Mirrored across the vertical axis: left and right swapped. */
    FLIP_Y(false, true, false),
    /** Mirrored across the diagonal from the top-left to the bottom-right corner: transposed. */
    FLIP_PLUS_1(true, false, false),
    /** Mirrored across the diagonal from the top-right to the bottom-left corner. */
    FLIP_MINUS_1(true, true, true);

    private final boolean transposes;
    private final boolean swapsLeftAndRight;
    private final boolean swapsTopAndBottom;

    Dihedral(boolean transposes, boolean swapsLeftAndRight, boolean swapsTopAndBottom) {
        this.transposes = transposes;
        this.swapsLeftAndRight = swapsLeftAndRight;
        this.swapsTopAndBottom = swapsTopAndBottom;
    }

    /**
     * The transform that shows a photograph upright, from its EXIF orientation tag (1 to 8; TIFF 6.0). A missing or
     * out-of-range value, such as the 0 some cameras write, means the picture is stored upright.
     */
    public static Dihedral fromExifOrientation(int orientation) {
        return switch (orientation) {
            case 2 -> FLIP_Y;
            case 3 -> ROTATE_180;
            case 4 -> FLIP_X;
            case 5 -> FLIP_PLUS_1;
            case 6 -> ROTATE_270;
            case 7 -> FLIP_MINUS_1;
            case 8 -> ROTATE_90;
            default -> ORIGINAL;
        };
    }

    /** True when rows become columns: the width and height of the result are those of the source, swapped. */
    public boolean transposes() {
        return transposes;
    }

    /** The width of the result of transforming a picture of this width and height. */
    public int width(int sourceWidth, int sourceHeight) {
        return transposes ? sourceHeight : sourceWidth;
    }

    /** The height of the result of transforming a picture of this width and height. */
    public int height(int sourceWidth, int sourceHeight) {
        return transposes ? sourceWidth : sourceHeight;
    }

    /**
     * Where pixel ({@code x}, {@code y}) of the result comes from in a source of the given size, as the source's
     * {@code y * sourceWidth + x}.
     */
    public int sourceIndex(int x, int y, int sourceWidth, int sourceHeight) {
        int u = swapsLeftAndRight ? width(sourceWidth, sourceHeight) - 1 - x : x;
        int v = swapsTopAndBottom ? height(sourceWidth, sourceHeight) - 1 - y : y;
        return transposes ? u * sourceWidth + v : v * sourceWidth + u;
    }

    /**
     * The frequencies of the transformed picture from the original's: a square {@code size x size} block of DCT
     * coefficients (rows are vertical frequencies, columns horizontal ones, the constant term left out so that index
     * {@code k} is frequency {@code k + 1}). Transposing the picture transposes the block; mirroring it negates the
     * odd frequencies along the mirrored direction, which are the even indices.
     */
    void transformFrequencies(double[] source, double[] target, int size) {
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double value = transposes ? source[j * size + i] : source[i * size + j];
                boolean negate = (swapsLeftAndRight && j % 2 == 0) ^ (swapsTopAndBottom && i % 2 == 0);
                target[i * size + j] = negate ? -value : value;
            }
        }
    }
}
