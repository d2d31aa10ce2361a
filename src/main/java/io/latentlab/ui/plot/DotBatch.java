package io.latentlab.ui.plot;

import javafx.scene.paint.Color;

/**
 * Many translucent dots of one radius for {@link Sketch#dots}: positions in sketch coordinates, in drawing order,
 * each with an index into {@link #colours}, clipped to a rectangle (the plot area). Arrays are reused between
 * frames. The screen stamps the dots in this order; the SVG groups them by colour, which keeps files small.
 */
final class DotBatch {

    double[] xs = new double[0];
    double[] ys = new double[0];
    int[] colourIndex = new int[0];
    int size;
    Color[] colours = new Color[0];
    /** Name per colour for the SVG group (e.g. "class-3"). */
    String[] groups = new String[0];

    double radius;
    double opacity;
    /** Draw per-pixel densities ({@link DensityRaster}) instead of dots: set for very many points. */
    boolean density;

    double clipLeft;
    double clipTop;
    double clipWidth;
    double clipHeight;

    /** Starts a new batch of at most {@code capacity} dots clipped to the given rectangle. */
    void reset(int capacity, double left, double top, double width, double height) {
        if (xs.length < capacity) {
            xs = new double[capacity];
            ys = new double[capacity];
            colourIndex = new int[capacity];
        }
        size = 0;
        clipLeft = left;
        clipTop = top;
        clipWidth = width;
        clipHeight = height;
    }

    void add(double x, double y, int colour) {
        xs[size] = x;
        ys[size] = y;
        colourIndex[size] = colour;
        size++;
    }

    /** Whether a dot centred at (x, y) reaches into the clip rectangle; false for NaN. */
    boolean touchesClip(double x, double y) {
        double reach = radius + 1;
        return x > clipLeft - reach
                && x < clipLeft + clipWidth + reach
                && y > clipTop - reach
                && y < clipTop + clipHeight + reach;
    }
}
