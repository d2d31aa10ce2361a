package io.latentlab.core.explore;

import io.latentlab.core.data.Matrix;

/**
 * An n x n grid of latent points spanning a box in two units, the codes a manifold mosaic decodes. Row 0 of the
 * mosaic is the top (largest y), column 0 the left (smallest x), like the latent plot; the grid includes the box's
 * edges.
 */
public final class LatentGrid {

    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 40;

    private LatentGrid() {}

    /** Code of tile (row, col) at index {@code row * n + col}; the other units at the box's mean. */
    public static Matrix codes(LatentBox box, int xUnit, int yUnit, int n) {
        if (n < MIN_SIZE || n > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "grid size must be between " + MIN_SIZE + " and " + MAX_SIZE + ", got " + n);
        }
        int k = box.width();
        double[] out = new double[n * n * k];
        for (int row = 0; row < n; row++) {
            double y = step(box.max(yUnit), box.min(yUnit), row, n);
            for (int col = 0; col < n; col++) {
                double x = step(box.min(xUnit), box.max(xUnit), col, n);
                System.arraycopy(box.at(xUnit, x, yUnit, y), 0, out, (row * n + col) * k, k);
            }
        }
        return new Matrix(n * n, k, out);
    }

    /** The decoded mosaic: tile (row, col) is row {@code row * n + col}. */
    public static Matrix decode(LatentMap map, LatentBox box, int xUnit, int yUnit, int n) {
        return map.decode(codes(box, xUnit, yUnit, n));
    }

    private static double step(double from, double to, int i, int n) {
        return i == n - 1 ? to : from + (to - from) * i / (n - 1);
    }
}
