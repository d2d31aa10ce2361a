package io.latentlab.ui.plot;

/**
 * Pre-computed anti-aliased dot coverage for drawing thousands of small translucent points straight into a pixel
 * buffer: one weight table per quarter-pixel offset, so placing a dot is a table lookup and an integer blend.
 * The buffer is premultiplied ARGB and may start transparent; each dot is composited over what is there.
 */
final class DotStamp {

    static final int SUBPIXELS = 4;
    private static final int SUPERSAMPLES = 4;

    final double radius;
    final double alpha;
    final int extent;
    final int size;
    /** weights[subX * SUBPIXELS + subY][row * size + col], 0..256 already multiplied by the dot's alpha. */
    private final int[][] weights;

    DotStamp(double radius, double alpha) {
        this.radius = radius;
        this.alpha = alpha;
        this.extent = (int) Math.ceil(radius + 0.5);
        this.size = 2 * extent + 1;
        this.weights = new int[SUBPIXELS * SUBPIXELS][size * size];
        for (int sx = 0; sx < SUBPIXELS; sx++) {
            for (int sy = 0; sy < SUBPIXELS; sy++) {
                double cx = extent + (sx + 0.5) / SUBPIXELS;
                double cy = extent + (sy + 0.5) / SUBPIXELS;
                int[] w = weights[sx * SUBPIXELS + sy];
                for (int row = 0; row < size; row++) {
                    for (int col = 0; col < size; col++) {
                        w[row * size + col] = (int) Math.round(256 * alpha * coverage(col, row, cx, cy, radius));
                    }
                }
            }
        }
    }

    private static double coverage(int col, int row, double cx, double cy, double radius) {
        int inside = 0;
        for (int i = 0; i < SUPERSAMPLES; i++) {
            for (int j = 0; j < SUPERSAMPLES; j++) {
                double dx = col + (i + 0.5) / SUPERSAMPLES - cx;
                double dy = row + (j + 0.5) / SUPERSAMPLES - cy;
                if (dx * dx + dy * dy <= radius * radius) {
                    inside++;
                }
            }
        }
        return inside / (double) (SUPERSAMPLES * SUPERSAMPLES);
    }

    /**
     * Composites one dot of opaque colour rgb centred at (x, y) over a premultiplied ARGB buffer of width w and
     * height h. Parts outside the buffer are clipped.
     */
    void blend(int[] pixels, int w, int h, double x, double y, int rgb) {
        int ix = (int) Math.floor(x);
        int iy = (int) Math.floor(y);
        int sub = (int) ((x - ix) * SUBPIXELS) * SUBPIXELS + (int) ((y - iy) * SUBPIXELS);
        int[] weight = weights[sub];
        int sr = (rgb >> 16) & 0xFF;
        int sg = (rgb >> 8) & 0xFF;
        int sb = rgb & 0xFF;
        int left = ix - extent;
        int top = iy - extent;
        int row0 = Math.max(0, -top);
        int row1 = Math.min(size, h - top);
        int col0 = Math.max(0, -left);
        int col1 = Math.min(size, w - left);
        for (int row = row0; row < row1; row++) {
            int base = (top + row) * w + left;
            int wBase = row * size;
            for (int col = col0; col < col1; col++) {
                int a = weight[wBase + col];
                if (a == 0) {
                    continue;
                }
                int d = pixels[base + col];
                int da = d >>> 24;
                int dr = (d >> 16) & 0xFF;
                int dg = (d >> 8) & 0xFF;
                int db = d & 0xFF;
                // "Over" with an opaque premultiplied source: every channel, alpha included, moves towards it.
                da += ((0xFF - da) * a) >> 8;
                dr += ((sr - dr) * a) >> 8;
                dg += ((sg - dg) * a) >> 8;
                db += ((sb - db) * a) >> 8;
                pixels[base + col] = da << 24 | dr << 16 | dg << 8 | db;
            }
        }
    }
}
