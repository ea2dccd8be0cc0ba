package org.hotline.domain.fingerprint;

/** A picture held in memory, presented turned or mirrored. */
final class TransformedLuminance implements Luminance {

    private final int[] source;
    private final int sourceWidth;
    private final int sourceHeight;
    private final Dihedral transform;

    TransformedLuminance(int[] source, int sourceWidth, int sourceHeight, Dihedral transform) {
        this.source = source;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.transform = transform;
    }

    @Override
    public int width() {
        return transform.width(sourceWidth, sourceHeight);
    }

    @Override
    public int height() {
        return transform.height(sourceWidth, sourceHeight);
    }

    @Override
    public void row(int y, int[] into) {
        int width = width();
        for (int x = 0; x < width; x++) {
            into[x] = source[transform.sourceIndex(x, y, sourceWidth, sourceHeight)];
        }
    }
}
