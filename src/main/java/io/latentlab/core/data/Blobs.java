package io.latentlab.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Isotropic Gaussian blobs, exactly as scikit-learn's {@code make_blobs} makes them: one NumPy
 * {@code RandomState(seed)} draws the centres (uniform in the centre box, unless given), then each blob's points
 * ({@code normal(centre, std, (n_i, d))}, the first {@code n % k} blobs one point larger), then the shuffle. Same
 * seed, same numbers as sklearn, to the last bit.
 */
public final class Blobs {

    private Blobs() {}

    /**
     * @param samples    total rows
     * @param clusters   number of centres to draw (ignored when {@code centers} is given)
     * @param features   dimensions (ignored when {@code centers} is given)
     * @param centers    explicit k x d centres, or null to draw them from [low, high)
     * @param clusterStd one standard deviation per centre
     */
    public static Dataset make(
            int samples,
            int clusters,
            int features,
            double[][] centers,
            double[] clusterStd,
            double low,
            double high,
            boolean shuffle,
            long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        NumpyRandomState random = new NumpyRandomState(seed);
        if (centers == null) {
            centers = new double[clusters][features];
            for (int c = 0; c < clusters; c++) {
                for (int j = 0; j < features; j++) {
                    centers[c][j] = random.uniform(low, high);
                }
            }
        }
        int k = centers.length;
        if (k == 0) {
            throw new IllegalArgumentException("blobs need at least one centre");
        }
        if (clusterStd.length != k) {
            throw new IllegalArgumentException("clusterStd has " + clusterStd.length + " values for " + k + " centres");
        }
        int d = centers[0].length;
        double[] x = new double[Math.multiplyExact(samples, d)];
        int[] y = new int[samples];
        int row = 0;
        for (int c = 0; c < k; c++) {
            int count = samples / k + (c < samples % k ? 1 : 0);
            for (int i = 0; i < count; i++, row++) {
                if ((row & 8191) == 0) {
                    io.latentlab.core.concurrent.Cancellation.check();
                }
                int base = row * d;
                for (int j = 0; j < d; j++) {
                    x[base + j] = random.normal(centers[c][j], clusterStd[c]);
                }
                y[row] = c;
            }
        }
        if (shuffle) {
            // sklearn.utils.shuffle: indices = arange(n); generator.shuffle(indices); X = X[indices]
            int[] order = random.permutation(samples);
            double[] xs = new double[x.length];
            int[] ys = new int[samples];
            for (int i = 0; i < samples; i++) {
                System.arraycopy(x, order[i] * d, xs, i * d, d);
                ys[i] = y[order[i]];
            }
            x = xs;
            y = ys;
        }
        List<String> names = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            names.add(Integer.toString(c));
        }
        return new Dataset("blobs", new Matrix(samples, d, x), y, names);
    }
}
