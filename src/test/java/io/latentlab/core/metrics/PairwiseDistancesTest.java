package io.latentlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairwiseDistancesTest {

    /** 3 columns take the direct path, 12 the matrix-product path. */
    @ParameterizedTest
    @ValueSource(ints = {3, 12})
    void blocksMatchDirectDistancesIncludingRaggedEdges(int columns) {
        int[] labels = new int[157];
        Matrix x = ExactReference.blobs(157, columns, 4, 2.0, 1, labels, 0);
        PairwiseDistances distances = new PairwiseDistances(x, "x");
        double[] out = new double[40 * 61];

        distances.block(120, 37, 96, 61, out);

        for (int r = 0; r < 37; r++) {
            for (int c = 0; c < 61; c++) {
                double expected = ExactReference.distance(x, 120 + r, 96 + c);
                assertEquals(expected, out[r * 61 + c], 1e-12 * expected, "(" + (120 + r) + ", " + (96 + c) + ")");
            }
        }
    }

    /** Wider than one product chunk, so the matrix product is done in column pieces. */
    @Test
    void wideRowBlocksMatchDirectDistances() {
        int n = PairwiseDistances.PRODUCT_CHUNK + 301;
        int[] labels = new int[n];
        Matrix x = ExactReference.blobs(n, 12, 5, 2.0, 6, labels, 0);
        PairwiseDistances distances = new PairwiseDistances(x, "x");
        double[] out = new double[3 * n];

        distances.rowsToAll(n - 3, 3, out);

        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < n; j++) {
                double expected = ExactReference.distance(x, n - 3 + r, j);
                assertEquals(expected, out[r * n + j], 1e-12 * expected, "(" + (n - 3 + r) + ", " + j + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 16})
    void nearDuplicatesFarFromTheCentroidKeepTheirDigits(int columns) {
        Random random = new Random(4);
        double[][] rows = new double[60][columns];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < columns; c++) {
                rows[i][c] = (i < 30 ? 1e5 : -1e5) + 1e-7 * random.nextGaussian();
            }
        }
        rows[7] = rows[3].clone();
        Matrix x = Matrix.of(rows);
        PairwiseDistances distances = new PairwiseDistances(x, "x");
        double[] out = new double[60 * 60];

        distances.rowsToAll(0, 60, out);

        assertEquals(0.0, out[3 * 60 + 7]);
        assertEquals(0.0, out[7 * 60 + 3]);
        for (int i = 0; i < 60; i++) {
            assertEquals(0.0, out[i * 60 + i], "diagonal " + i);
            for (int j = 0; j < 60; j++) {
                double expected = ExactReference.distance(x, i, j);
                assertEquals(expected, out[i * 60 + j], 1e-10 * expected, "(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void thePathSwitchesAboveTheDirectColumnLimit() {
        assertTrue(
                PairwiseDistances.DIRECT_MAX_COLUMNS >= 3 && PairwiseDistances.DIRECT_MAX_COLUMNS < 12,
                "the parameterised tests above assume 3 columns go direct and 12 through the product");
    }

    @Test
    void rowBlocksStayWithinTheMemoryBound() {
        PairwiseDistances distances = new PairwiseDistances(Matrix.zeros(20000, 2), "x");
        long values = (long) distances.rowBlockSize() * distances.size();
        assertTrue(values <= PairwiseDistances.MAX_BLOCK_VALUES, "block of " + values + " values");
        assertTrue(distances.rowBlockSize() >= 1);
    }

    @Test
    void rejectsDataWithoutColumns() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new PairwiseDistances(Matrix.zeros(4, 0), "embedding"));
        assertTrue(e.getMessage().startsWith("embedding has 4 rows but no columns"), e.getMessage());
    }
}
