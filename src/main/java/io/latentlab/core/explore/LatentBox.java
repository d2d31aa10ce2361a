package io.latentlab.core.explore;

import io.latentlab.core.data.Matrix;

/**
 * The part of a latent space the test rows occupy: per unit its smallest, largest and mean value. A 2-D view of a
 * wider code (z1–z3 of a bottleneck of 3) holds the units it does not show at their mean.
 */
public record LatentBox(double[] min, double[] max, double[] mean) {

    public LatentBox {
        if (min.length != max.length || min.length != mean.length || min.length == 0) {
            throw new IllegalArgumentException("min, max and mean need one value per unit, got " + min.length + ", "
                    + max.length + " and " + mean.length);
        }
        min = min.clone();
        max = max.clone();
        mean = mean.clone();
    }

    /** The box of {@code codes}' rows; non-finite values are skipped (a unit without finite values spans 0). */
    public static LatentBox of(Matrix codes) {
        int k = codes.cols();
        double[] lo = new double[k];
        double[] hi = new double[k];
        double[] sum = new double[k];
        int[] count = new int[k];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        double[] d = codes.data();
        for (int i = 0; i < codes.rows(); i++) {
            for (int c = 0; c < k; c++) {
                double v = d[i * k + c];
                if (Double.isFinite(v)) {
                    lo[c] = Math.min(lo[c], v);
                    hi[c] = Math.max(hi[c], v);
                    sum[c] += v;
                    count[c]++;
                }
            }
        }
        double[] mean = new double[k];
        for (int c = 0; c < k; c++) {
            if (count[c] == 0) {
                lo[c] = 0;
                hi[c] = 0;
            } else {
                mean[c] = sum[c] / count[c];
            }
        }
        return new LatentBox(lo, hi, mean);
    }

    public int width() {
        return mean.length;
    }

    public double min(int unit) {
        return min[unit];
    }

    public double max(int unit) {
        return max[unit];
    }

    /** The code with unit {@code xUnit} at {@code x}, unit {@code yUnit} at {@code y} and the others at the mean. */
    public double[] at(int xUnit, double x, int yUnit, double y) {
        double[] z = mean.clone();
        z[xUnit] = x;
        if (yUnit != xUnit) {
            z[yUnit] = y;
        }
        return z;
    }
}
