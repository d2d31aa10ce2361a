package io.latentlab.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.data.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatentGaussianTest {

    @Test
    void choleskyOfAKnownMatrix() {
        // [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]].
        assertArrayEquals(
                new double[] {2, 0, 1, Math.sqrt(2)}, LatentGaussian.cholesky(new double[] {4, 2, 2, 3}, 2), 1e-15);
    }

    @Test
    void aDeadUnitGetsNoVarianceInsteadOfAFailure() {
        // z2 constant (a dead ReLU unit): the covariance is [[1, 0], [0, 0]].
        assertArrayEquals(new double[] {1, 0, 0, 0}, LatentGaussian.cholesky(new double[] {1, 0, 0, 0}, 2), 0);
        Matrix latent = Matrix.of(new double[][] {{1, 5}, {2, 5}, {4, 5}});
        LatentGaussian g = LatentGaussian.fit(latent, new int[] {0, 1, 2});
        double[] out = new double[2];
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            g.sample(random, new double[2], out);
            assertEquals(5, out[1], 0);
        }
    }

    /**
     * Samples have the fitted mean and covariance: with 200,000 draws the standard error of a mean is about
     * σ/450 and of a covariance entry about σ²·√2/450, so 0.02 on values of order 1 is more than six of them.
     */
    @Test
    void samplesHaveTheFittedMeanAndFullCovariance() {
        Random source = new Random(3);
        double[][] rows = new double[400][];
        for (int i = 0; i < rows.length; i++) {
            double a = source.nextGaussian();
            double b = source.nextGaussian();
            rows[i] = new double[] {3 + a, -1 + 0.8 * a + 0.5 * b};
        }
        Matrix latent = Matrix.of(rows);
        int[] all = java.util.stream.IntStream.range(0, rows.length).toArray();
        LatentGaussian g = LatentGaussian.fit(latent, all);
        double[] l = g.lower();
        double[] cov = {l[0] * l[0], l[0] * l[2], l[2] * l[2] + l[3] * l[3]};
        int n = 200_000;
        double[] sum = new double[2];
        double[] sq = new double[3];
        double[] out = new double[2];
        Random random = new Random(9);
        double[][] draws = new double[n][];
        for (int i = 0; i < n; i++) {
            g.sample(random, new double[2], out);
            draws[i] = out.clone();
            sum[0] += out[0];
            sum[1] += out[1];
        }
        double m0 = sum[0] / n;
        double m1 = sum[1] / n;
        for (double[] d : draws) {
            sq[0] += (d[0] - m0) * (d[0] - m0);
            sq[1] += (d[0] - m0) * (d[1] - m1);
            sq[2] += (d[1] - m1) * (d[1] - m1);
        }
        assertEquals(g.mean()[0], m0, 0.02);
        assertEquals(g.mean()[1], m1, 0.02);
        for (int k = 0; k < 3; k++) {
            assertEquals(cov[k], sq[k] / (n - 1), 0.02, "covariance entry " + k);
        }
        // and the fitted covariance is the rows' own (ddof = 1)
        double c01 = 0;
        for (double[] r : rows) {
            c01 += (r[0] - g.mean()[0]) * (r[1] - g.mean()[1]);
        }
        assertEquals(c01 / (rows.length - 1), cov[1], 1e-12);
    }
}
