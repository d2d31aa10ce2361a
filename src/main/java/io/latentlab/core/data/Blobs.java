package io.latentlab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Isotropic Gaussian blobs with scikit-learn's {@code make_blobs} semantics: samples are spread evenly over the
 * centres (the first {@code n % k} centres get one more), centres are drawn uniformly from the centre box unless
 * given, each blob has its own standard deviation, and rows are shuffled on request. The random stream is our own
 * (SplittableRandom), so numbers differ from NumPy's, but the same seed always gives the same data.
 */
public final class Blobs {

    private Blobs() {
    }

    /**
     * @param samples    total rows
     * @param centers    k x d centre coordinates
     * @param clusterStd one standard deviation per centre
     */
    public static Dataset generate(int samples, double[][] centers, double[] clusterStd, boolean shuffle, long seed) {
        int k = centers.length;
        if (k == 0) {
            throw new IllegalArgumentException("blobs need at least one centre");
        }
        if (clusterStd.length != k) {
            throw new IllegalArgumentException("clusterStd has " + clusterStd.length + " values for " + k + " centres");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        int d = centers[0].length;
        SplittableRandom random = new SplittableRandom(seed);
        // A separate stream for the shuffle keeps the point values independent of whether we shuffle.
        SplittableRandom shuffleRandom = random.split();
        double[] x = new double[Math.multiplyExact(samples, d)];
        int[] y = new int[samples];
        int row = 0;
        for (int c = 0; c < k; c++) {
            int count = samples / k + (c < samples % k ? 1 : 0);
            for (int i = 0; i < count; i++, row++) {
                int base = row * d;
                for (int j = 0; j < d; j++) {
                    x[base + j] = centers[c][j] + clusterStd[c] * random.nextGaussian();
                }
                y[row] = c;
            }
        }
        if (shuffle) {
            shuffleRows(x, y, d, shuffleRandom);
        }
        List<String> names = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            names.add(Integer.toString(c));
        }
        return new Dataset("blobs", new Matrix(samples, d, x), y, names);
    }

    /** Centres drawn uniformly from [low, high) per coordinate, as make_blobs does for an integer {@code centers}. */
    public static double[][] randomCenters(int clusters, int features, double low, double high, long seed) {
        // Derived from the data seed but distinct from the point stream.
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[][] centers = new double[clusters][features];
        for (int c = 0; c < clusters; c++) {
            for (int j = 0; j < features; j++) {
                centers[c][j] = low + (high - low) * random.nextDouble();
            }
        }
        return centers;
    }

    private static void shuffleRows(double[] x, int[] y, int d, SplittableRandom random) {
        double[] tmp = new double[d];
        for (int i = y.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            if (i == j) {
                continue;
            }
            System.arraycopy(x, i * d, tmp, 0, d);
            System.arraycopy(x, j * d, x, i * d, d);
            System.arraycopy(tmp, 0, x, j * d, d);
            int t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
    }
}
