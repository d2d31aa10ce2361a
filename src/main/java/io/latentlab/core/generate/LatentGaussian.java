package io.latentlab.core.generate;

import io.latentlab.core.data.Matrix;
import java.util.Random;

/**
 * A Gaussian fitted to latent points: their mean and the lower Cholesky factor L of their covariance (ddof = 1), so
 * {@code mean + L z} with standard normal {@code z} has that mean and covariance.
 *
 * <p>A covariance that is only semi-definite (a dead latent unit is constant, a class of one row has none) gets
 * zero columns in L where no variance is left, instead of failing: samples then stay on the points' subspace,
 * which is where the class lies.
 */
record LatentGaussian(double[] mean, double[] lower) {

    /** Relative size below which a Cholesky pivot counts as no variance left (rounding noise of the sums). */
    private static final double PIVOT_TOLERANCE = 1e-12;

    int dimensions() {
        return mean.length;
    }

    /** Fits the rows {@code rows} of {@code latent} (at least one). */
    static LatentGaussian fit(Matrix latent, int[] rows) {
        int k = latent.cols();
        int n = rows.length;
        double[] mean = new double[k];
        for (int r : rows) {
            for (int j = 0; j < k; j++) {
                mean[j] += latent.get(r, j);
            }
        }
        for (int j = 0; j < k; j++) {
            mean[j] /= n;
        }
        double[] cov = new double[k * k];
        if (n > 1) {
            for (int r : rows) {
                for (int a = 0; a < k; a++) {
                    double da = latent.get(r, a) - mean[a];
                    for (int b = 0; b <= a; b++) {
                        cov[a * k + b] += da * (latent.get(r, b) - mean[b]);
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[a * k + b] /= n - 1;
                    cov[b * k + a] = cov[a * k + b];
                }
            }
        }
        return new LatentGaussian(mean, cholesky(cov, k));
    }

    /** Lower factor of a symmetric positive semi-definite k × k matrix, row-major. */
    static double[] cholesky(double[] a, int k) {
        double scale = 0;
        for (int i = 0; i < k; i++) {
            scale = Math.max(scale, a[i * k + i]);
        }
        double[] l = new double[k * k];
        for (int j = 0; j < k; j++) {
            double d = a[j * k + j];
            for (int m = 0; m < j; m++) {
                d -= l[j * k + m] * l[j * k + m];
            }
            if (!(d > PIVOT_TOLERANCE * scale)) {
                continue; // no variance left in this direction: the column stays zero
            }
            double pivot = Math.sqrt(d);
            l[j * k + j] = pivot;
            for (int i = j + 1; i < k; i++) {
                double s = a[i * k + j];
                for (int m = 0; m < j; m++) {
                    s -= l[i * k + m] * l[j * k + m];
                }
                l[i * k + j] = s / pivot;
            }
        }
        return l;
    }

    /** One draw into {@code out} (length k), using {@code normals} (length k) as scratch. */
    void sample(Random random, double[] normals, double[] out) {
        int k = mean.length;
        for (int j = 0; j < k; j++) {
            normals[j] = random.nextGaussian();
        }
        for (int i = 0; i < k; i++) {
            double v = mean[i];
            for (int j = 0; j <= i; j++) {
                v += lower[i * k + j] * normals[j];
            }
            out[i] = v;
        }
    }
}
