package io.latentlab.ui.plot;

/** The bounding box of the first n points with finite coordinates, and how many there are (0: the box is empty). */
record FiniteBounds(double minX, double maxX, double minY, double maxY, int count) {

    static FiniteBounds of(double[] xs, double[] ys, int n) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int finite = 0;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (Double.isFinite(x) && Double.isFinite(y)) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                finite++;
            }
        }
        return new FiniteBounds(minX, maxX, minY, maxY, finite);
    }
}
