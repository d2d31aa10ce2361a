package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PointGridTest {

    @Test
    void nearestMatchesBruteForce() {
        Random random = new Random(7);
        int n = 5000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            // Clustered and anisotropic, as blobs and latent spaces are.
            xs[i] = (i % 5) * 10 + random.nextGaussian();
            ys[i] = random.nextGaussian() * 0.01;
        }
        xs[17] = Double.NaN;
        PointGrid grid = new PointGrid();
        grid.build(xs, ys, n);
        double sx = 20;
        double sy = 3000;
        double maxPx = 6;
        for (int q = 0; q < 2000; q++) {
            double qx = random.nextDouble() * 50 - 3;
            double qy = random.nextGaussian() * 0.02;
            int expected = -1;
            double best = maxPx * maxPx;
            for (int i = 0; i < n; i++) {
                double dx = (xs[i] - qx) * sx;
                double dy = (ys[i] - qy) * sy;
                double d = dx * dx + dy * dy;
                if (i % 3 != 0 && d <= best) {
                    best = d;
                    expected = i;
                }
            }
            assertEquals(expected, grid.nearest(xs, ys, qx, qy, sx, sy, maxPx, i -> i % 3 != 0), "query " + q);
        }
    }

    @Test
    void degeneratePointsAreFound() {
        double[] xs = {1, 1, 1};
        double[] ys = {2, 2, 2};
        PointGrid grid = new PointGrid();
        grid.build(xs, ys, 3);
        assertEquals(2, grid.nearest(xs, ys, 1, 2, 100, 100, 5, i -> true));
        assertEquals(-1, grid.nearest(xs, ys, 2, 2, 100, 100, 5, i -> true));
    }
}
