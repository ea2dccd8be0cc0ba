package org.hotline.domain.fingerprint;

/**
 * PDQ's first step: blur the picture with a tent filter whose width is a sixty-fourth of the picture's, then keep
 * the 64 x 64 values at the centres of a regular grid. The tent is two passes of a box filter along each axis
 * (Jarosz, "Fast image convolutions", 2001); near an edge a box averages only the pixels inside the picture.
 *
 * <p>Only the grid's values are needed, so this computes just those. Each row is summed into running totals, and
 * those into running totals again; a box is then the difference of two totals, and two boxes in a row the difference
 * of four, whatever the window. The horizontal passes thus cost two integer additions a pixel, exact; the vertical
 * passes run on the 64 grid columns alone.
 */
final class TentDownsampler {

    /** Values along each side of the result. */
    static final int SIZE = 64;

    /** Horizontal results are kept in fixed point with this many steps per thousandth of a level. */
    private static final int FIXED_POINT = 1 << 10;

    private TentDownsampler() {
    }

    /** The 64 x 64 grid, row after row, in levels (0 to 255). */
    static double[] downsample(Luminance image) {
        int width = image.width();
        int height = image.height();
        Axis across = Axis.of(width);
        Axis down = Axis.of(height);

        long[] columns = new long[SIZE * height];
        int[] line = new int[width];
        long[] once = new long[width + 1];
        long[] twice = new long[width + 2];
        for (int y = 0; y < height; y++) {
            image.row(y, line);
            long running = 0;
            long runningTwice = 0;
            for (int x = 0; x < width; x++) {
                runningTwice += running;
                twice[x + 1] = runningTwice;
                running += line[x];
                once[x + 1] = running;
            }
            twice[width + 1] = runningTwice + running;
            for (int k = 0; k < SIZE; k++) {
                columns[k * height + y] = Math.round(across.twoPasses(once, twice, k) * FIXED_POINT);
            }
        }

        double[] grid = new double[SIZE * SIZE];
        long[] onceDown = new long[height + 1];
        long[] twiceDown = new long[height + 2];
        double unit = (double) Luminance.SCALE * FIXED_POINT;
        for (int k = 0; k < SIZE; k++) {
            long running = 0;
            long runningTwice = 0;
            for (int y = 0; y < height; y++) {
                runningTwice += running;
                twiceDown[y + 1] = runningTwice;
                running += columns[k * height + y];
                onceDown[y + 1] = running;
            }
            twiceDown[height + 1] = runningTwice + running;
            for (int i = 0; i < SIZE; i++) {
                grid[i * SIZE + k] = down.twoPasses(onceDown, twiceDown, i) / unit;
            }
        }
        return grid;
    }

    /**
     * One axis of the picture: its length, the box filter's reach before and after a pixel, and the 64 positions
     * kept (the centres of 64 equal parts). The box is a sixty-fourth of the length split over the two passes,
     * rounded up; a box of even width reaches one pixel further after than before.
     */
    private record Axis(int length, int before, int after, int[] samples) {

        static Axis of(int length) {
            int window = (length + 2 * SIZE - 1) / (2 * SIZE);
            int after = (window + 2) / 2 - 1;
            int before = window - 1 - after;
            int[] samples = new int[SIZE];
            for (int k = 0; k < SIZE; k++) {
                samples[k] = (int) (((k + 0.5) * length) / SIZE);
            }
            return new Axis(length, before, after, samples);
        }

        /**
         * Two box passes at sample {@code k}, given {@code once[i]}, the total of the first {@code i} values along
         * this axis, and {@code twice[i]}, the total of the first {@code i} of those totals.
         */
        double twoPasses(long[] once, long[] twice, int k) {
            int centre = samples[k];
            if (centre - 2 * before >= 0 && centre + 2 * after < length) {
                int first = centre - before;
                int last = centre + after;
                long ends = twice[last + after + 2] - twice[first + after + 1];
                long starts = twice[last - before + 1] - twice[first - before];
                int window = before + after + 1;
                return (ends - starts) / ((double) window * window);
            }
            return twoPassesNearAnEdge(once, centre);
        }

        /** Near an edge the boxes are cut short, each averaging only the values inside the picture. */
        private double twoPassesNearAnEdge(long[] once, int centre) {
            int from = Math.max(0, centre - before);
            int to = Math.min(length - 1, centre + after);
            double sum = 0;
            for (int x = from; x <= to; x++) {
                int boxFrom = Math.max(0, x - before);
                int boxTo = Math.min(length - 1, x + after);
                sum += (once[boxTo + 1] - once[boxFrom]) / (double) (boxTo - boxFrom + 1);
            }
            return sum / (to - from + 1);
        }
    }
}
