package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;
import java.util.SplittableRandom;

/** Test data shaped like the notebook's: gaussian blobs (std 0.2, centres uniform in [-1, 1]^d), MinMax-scaled to [0, 1]. */
final class NotebookLikeData {

    private NotebookLikeData() {}

    static Matrix blobs(int rows, int cols, int centres, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] c = new double[centres][cols];
        for (double[] centre : c) {
            for (int j = 0; j < cols; j++) {
                centre[j] = 2 * rng.nextDouble() - 1;
            }
        }
        double[] x = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            double[] centre = c[rng.nextInt(centres)];
            for (int j = 0; j < cols; j++) {
                x[i * cols + j] = centre[j] + 0.2 * rng.nextGaussian();
            }
        }
        for (int j = 0; j < cols; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                min = Math.min(min, x[i * cols + j]);
                max = Math.max(max, x[i * cols + j]);
            }
            for (int i = 0; i < rows; i++) {
                x[i * cols + j] = (x[i * cols + j] - min) / (max - min);
            }
        }
        return new Matrix(rows, cols, x);
    }

    static Matrix notebookTrain() {
        return blobs(3000, 50, 20, 17);
    }
}
