package io.latentlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each pair computed once still gives every row all its distances, the same whichever way the parts run. */
class SymmetricPassTest {

    private static Matrix points(int n, int d, int[] labels, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(5);
            for (int c = 0; c < d; c++) {
                x[i * d + c] = labels[i] * 0.4 + random.nextGaussian();
            }
        }
        return new Matrix(n, d, x);
    }

    /** Sizes below one tile, at a tile boundary, and ragged over several tile rows of both parts. */
    @ParameterizedTest
    @ValueSource(ints = {37, 1024, 1800})
    void bothPartsSideBySideOrInTurnGiveTheSameBitsAndEveryDistance(int n) {
        int d = 24;
        int[] labels = new int[n];
        Matrix x = points(n, d, labels, n);
        Silhouette.ClassLayout layout = Silhouette.ClassLayout.of(x, labels);
        int[] order = layout.order();
        PairwiseDistances sorted = new PairwiseDistances(x.selectRows(order), "x");
        DistanceTable together = new DistanceTable(n, n);
        DistanceTable inTurn = new DistanceTable(n, n);
        double[] a = SymmetricPass.run(sorted, layout, together, true);
        double[] b = SymmetricPass.run(sorted, layout, inTurn, false);
        assertArrayEquals(a, b, "coefficients");
        double[] expected = Silhouette.compute(x, labels).samples();
        assertArrayEquals(expected, a, "Silhouette.compute is this pass");

        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < n; p++) {
                assertEquals(inTurn.rows(i)[inTurn.offset(i) + p], together.rows(i)[together.offset(i) + p]);
            }
            // Table row i, column p: row i's distance to row order[p], within one float step of the exact one.
            for (int p = 0; p < n; p++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    double diff = x.get(i, c) - x.get(order[p], c);
                    s += diff * diff;
                }
                row[p] = Math.sqrt(s);
            }
            for (int p = 0; p < n; p++) {
                int kept = together.rows(i)[together.offset(i) + p];
                int exact = Float.floatToRawIntBits((float) row[p] + 0.0f);
                assertTrue(Math.abs(kept - exact) <= 1, "row " + i + ", column " + p + ": " + kept + " vs " + exact);
            }
        }
    }
}
