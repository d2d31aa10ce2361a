package io.latentlab.ui.plot;

import java.util.function.IntPredicate;

/**
 * Bucket index over 2-D points for nearest-point lookups (hover): a uniform grid in data space with about four
 * points per cell, stored as one counting-sorted index array. Arrays are reused between builds, so rebuilding
 * for every training frame allocates nothing once the capacity is reached.
 */
final class PointGrid {

    private static final int MAX_CELLS_PER_SIDE = 512;

    private int side;
    private double x0;
    private double y0;
    private double cellWidth;
    private double cellHeight;
    private int[] cellStart = new int[2];
    private int[] cursor = new int[1];
    private int[] items = new int[0];

    /** Indexes the first n points; points with a non-finite coordinate are left out. */
    void build(double[] xs, double[] ys, int n) {
        FiniteBounds bounds = FiniteBounds.of(xs, ys, n);
        double minX = bounds.minX();
        double minY = bounds.minY();
        double maxX = bounds.maxX();
        double maxY = bounds.maxY();
        int finite = bounds.count();
        side = finite == 0 ? 1 : (int) Math.max(1, Math.min(MAX_CELLS_PER_SIDE, Math.sqrt(finite / 4.0)));
        x0 = finite == 0 ? 0 : minX;
        y0 = finite == 0 ? 0 : minY;
        // Guard against all points sharing a coordinate: a zero-width cell would divide by zero.
        cellWidth = finite == 0 || maxX <= minX ? 1 : (maxX - minX) / side * (1 + 1e-9);
        cellHeight = finite == 0 || maxY <= minY ? 1 : (maxY - minY) / side * (1 + 1e-9);
        int cells = side * side;
        if (cellStart.length < cells + 1) {
            cellStart = new int[cells + 1];
            cursor = new int[cells];
        }
        if (items.length < finite) {
            items = new int[Math.max(finite, items.length * 3 / 2)];
        }
        java.util.Arrays.fill(cellStart, 0, cells + 1, 0);
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                cellStart[cellOf(xs[i], ys[i]) + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        System.arraycopy(cellStart, 0, cursor, 0, cells);
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                items[cursor[cellOf(xs[i], ys[i])]++] = i;
            }
        }
    }

    /**
     * Index of the point nearest to (qx, qy) measured in pixels, or -1 if none is within maxPixels.
     *
     * @param pxPerUnitX pixels per data unit on x (the current zoom), likewise y
     * @param accept     filters out points that are not drawn (hidden classes)
     */
    int nearest(
            double[] xs,
            double[] ys,
            double qx,
            double qy,
            double pxPerUnitX,
            double pxPerUnitY,
            double maxPixels,
            IntPredicate accept) {
        double rx = maxPixels / pxPerUnitX;
        double ry = maxPixels / pxPerUnitY;
        int cx0 = clampCell((qx - rx - x0) / cellWidth);
        int cx1 = clampCell((qx + rx - x0) / cellWidth);
        int cy0 = clampCell((qy - ry - y0) / cellHeight);
        int cy1 = clampCell((qy + ry - y0) / cellHeight);
        int best = -1;
        double bestDistance = maxPixels * maxPixels;
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int cell = cy * side + cx;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = items[k];
                    double dx = (xs[i] - qx) * pxPerUnitX;
                    double dy = (ys[i] - qy) * pxPerUnitY;
                    double d = dx * dx + dy * dy;
                    if (d <= bestDistance && accept.test(i)) {
                        bestDistance = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    private int cellOf(double x, double y) {
        return clampCell((y - y0) / cellHeight) * side + clampCell((x - x0) / cellWidth);
    }

    private int clampCell(double v) {
        if (!(v > 0)) {
            return 0; // also NaN
        }
        return v >= side ? side - 1 : (int) v;
    }
}
