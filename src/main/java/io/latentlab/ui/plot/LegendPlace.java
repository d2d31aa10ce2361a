package io.latentlab.ui.plot;

/**
 * Where a chart's legend goes: the corner of the plot that its curves cross least, keeping the last corner on ties.
 * One instance per chart, as it remembers that corner.
 */
final class LegendPlace {

    /**
     * The top-left point of the legend box in the plot's corner that the curves cross least (as matplotlib's
     * {@code loc="best"}): top right unless the curves run there, e.g. a validation loss that rises again or a log
     * scale that spreads the late epochs out. Segments are sampled, so a curve of two epochs counts too.
     */
    double[] emptiestCorner(
            AxesFrame f,
            double boxWidth,
            double boxHeight,
            double[][] series,
            double[] epochs,
            int count,
            boolean log) {
        double right = f.left + f.plotWidth - boxWidth - 6;
        double left = f.left + 6;
        double top = f.top + 6;
        double bottom = f.top + f.plotHeight - boxHeight - 6;
        double[][] corners = {{right, top}, {left, top}, {right, bottom}, {left, bottom}};
        int[] hits = new int[corners.length];
        for (double[] values : series) {
            double px = Double.NaN;
            double py = Double.NaN;
            for (int i = 0; i < count; i++) {
                double v = values[i];
                if (!Double.isFinite(v) || (log && v <= 0)) {
                    px = Double.NaN;
                    continue;
                }
                double x = f.toPixelX(epochs[i]);
                double y = f.toPixelY(v);
                int steps = Double.isNaN(px) ? 1 : SEGMENT_SAMPLES;
                for (int k = 1; k <= steps; k++) {
                    double sx = Double.isNaN(px) ? x : px + (x - px) * k / steps;
                    double sy = Double.isNaN(px) ? y : py + (y - py) * k / steps;
                    for (int c = 0; c < corners.length; c++) {
                        if (sx >= corners[c][0]
                                && sx <= corners[c][0] + boxWidth
                                && sy >= corners[c][1]
                                && sy <= corners[c][1] + boxHeight) {
                            hits[c]++;
                        }
                    }
                }
                px = x;
                py = y;
            }
        }
        // The corner used last wins ties, so the legend does not hop about between epochs.
        int best = legendCorner;
        for (int c = 0; c < corners.length; c++) {
            if (hits[c] < hits[best]) {
                best = c;
            }
        }
        legendCorner = best;
        return corners[best];
    }

    /** The corner of the last legend: 0 top right, 1 top left, 2 bottom right, 3 bottom left. */
    private int legendCorner;

    /** Points sampled along each segment between epochs when looking for the legend's place. */
    private static final int SEGMENT_SAMPLES = 8;
}
