package io.latentlab.ui.plot;

import java.util.Arrays;

/**
 * Density drawing for plots of very many points (hundreds of thousands to millions), where dots would merge into
 * solid blots: every point adds to the count and the colour sum of the pixel it falls on, then each pixel shows the
 * mean colour of its points with an opacity that grows with the logarithm of its count. Dense cores stay
 * distinguishable from their fringes, overlapping classes mix their colours, and the cost is one pass over the
 * points and one over the pixels, whatever the point count.
 */
final class DensityRaster {

    /** From this many points a plot draws densities instead of dots. */
    static final int MIN_POINTS = 50_000;

    /** Opacity of a pixel holding one point; the densest pixel is opaque. */
    static final double MIN_ALPHA = 0.35;

    private float[] counts = new float[0];
    private float[] red = new float[0];
    private float[] green = new float[0];
    private float[] blue = new float[0];

    /**
     * Renders {@code batch} into {@code pixels} (premultiplied ARGB, {@code width x height}, covering the batch's
     * clip rectangle at {@code scale} pixels per unit).
     */
    void render(DotBatch batch, double scale, int width, int height, int[] pixels) {
        int n = width * height;
        if (counts.length < n) {
            counts = new float[n];
            red = new float[n];
            green = new float[n];
            blue = new float[n];
        }
        Arrays.fill(counts, 0, n, 0);
        Arrays.fill(red, 0, n, 0);
        Arrays.fill(green, 0, n, 0);
        Arrays.fill(blue, 0, n, 0);
        int[] argb = new int[batch.colours.length];
        for (int c = 0; c < argb.length; c++) {
            argb[c] = Palette.argb(batch.colours[c]);
        }
        // On a HiDPI screen a one-pixel point is too small to see: splat over a block of about one screen pixel.
        int splat = Math.max(1, (int) Math.round(scale));
        for (int i = 0; i < batch.size; i++) {
            int px = (int) Math.floor((batch.xs[i] - batch.clipLeft) * scale);
            int py = (int) Math.floor((batch.ys[i] - batch.clipTop) * scale);
            int rgb = argb[batch.colourIndex[i]];
            for (int dy = 0; dy < splat; dy++) {
                int y = py + dy;
                if (y < 0 || y >= height) {
                    continue;
                }
                for (int dx = 0; dx < splat; dx++) {
                    int x = px + dx;
                    if (x < 0 || x >= width) {
                        continue;
                    }
                    int k = y * width + x;
                    counts[k]++;
                    red[k] += (rgb >> 16) & 0xFF;
                    green[k] += (rgb >> 8) & 0xFF;
                    blue[k] += rgb & 0xFF;
                }
            }
        }
        float max = 0;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, counts[k]);
        }
        double logMax = Math.log1p(max);
        for (int k = 0; k < n; k++) {
            float count = counts[k];
            if (count == 0) {
                pixels[k] = 0;
                continue;
            }
            double alpha = logMax <= Math.log1p(1)
                    ? 1.0
                    : MIN_ALPHA + (1 - MIN_ALPHA) * (Math.log1p(count) - Math.log1p(1)) / (logMax - Math.log1p(1));
            int a = (int) Math.round(255 * alpha);
            int r = (int) Math.round(red[k] / count * alpha);
            int g = (int) Math.round(green[k] / count * alpha);
            int b = (int) Math.round(blue[k] / count * alpha);
            pixels[k] = a << 24 | r << 16 | g << 8 | b;
        }
    }
}
