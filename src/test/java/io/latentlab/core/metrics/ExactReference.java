package io.latentlab.core.metrics;

import io.latentlab.core.data.Matrix;
import java.util.Random;

/** Slow, obviously-correct O(n^2) versions of the metrics, to check the blocked code on larger inputs. */
final class ExactReference {

    private ExactReference() {}

    static double distance(Matrix x, int i, int j) {
        double s = 0;
        for (int c = 0; c < x.cols(); c++) {
            double diff = x.get(i, c) - x.get(j, c);
            s += diff * diff;
        }
        return Math.sqrt(s);
    }

    static double[] silhouetteSamples(Matrix x, int[] labels) {
        int n = x.rows();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Map<Integer, double[]> sumAndCount = new java.util.TreeMap<>();
            for (int j = 0; j < n; j++) {
                double[] sc = sumAndCount.computeIfAbsent(labels[j], key -> new double[2]);
                sc[0] += distance(x, i, j);
                sc[1]++;
            }
            double[] own = sumAndCount.get(labels[i]);
            if (own[1] == 1) {
                continue;
            }
            double a = own[0] / (own[1] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (var e : sumAndCount.entrySet()) {
                if (e.getKey() != labels[i]) {
                    b = Math.min(b, e.getValue()[0] / e.getValue()[1]);
                }
            }
            double m = Math.max(a, b);
            out[i] = m == 0 ? 0 : (b - a) / m;
        }
        return out;
    }

    /** Gaussian clusters around random centres, labels {@code labelOffset + cluster}. */
    static Matrix blobs(int n, int d, int clusters, double spread, long seed, int[] labelsOut, int labelOffset) {
        Random random = new Random(seed);
        double[][] centres = new double[clusters][d];
        for (double[] centre : centres) {
            for (int c = 0; c < d; c++) {
                centre[c] = random.nextDouble() * 20 - 10;
            }
        }
        double[] data = new double[n * d];
        for (int i = 0; i < n; i++) {
            int cluster = random.nextInt(clusters);
            labelsOut[i] = labelOffset + cluster;
            for (int c = 0; c < d; c++) {
                data[i * d + c] = centres[cluster][c] + spread * random.nextGaussian();
            }
        }
        return new Matrix(n, d, data);
    }
}
