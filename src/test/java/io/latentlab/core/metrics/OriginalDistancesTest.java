package io.latentlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kept float32 distances give the trustworthiness of the double computation to the last bit, ties included,
 * and the pass's silhouette is the sampled silhouette of its query rows.
 */
class OriginalDistancesTest {

    /** Clusters in d dimensions, with every fifth row repeated: exact duplicates, so equal distances abound. */
    private static Matrix clustered(int n, int d, int[] labels, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4;
            if (i % 5 == 4) {
                System.arraycopy(x, (i - 1) * d, x, i * d, d);
                labels[i] = labels[i - 1];
                continue;
            }
            for (int c = 0; c < d; c++) {
                x[i * d + c] = labels[i] * 0.7 + random.nextGaussian() * 0.5 + 3.0;
            }
        }
        return new Matrix(n, d, x);
    }

    /** A 2-D embedding that keeps the clusters but scrambles much of the rest, so intruders have large ranks. */
    private static Matrix embed(Matrix x, long seed) {
        Random random = new Random(seed);
        int n = x.rows();
        double[] e = new double[n * 2];
        for (int i = 0; i < n; i++) {
            e[2 * i] = x.get(i, 0) + random.nextGaussian() * 0.3;
            e[2 * i + 1] = x.get(i, 1) * 0.5 + x.get(i, 2) * 0.5;
        }
        return new Matrix(n, 2, e);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 40})
    void keptDistancesGiveTheExactTrustworthinessToTheBit(int d) {
        int n = 700;
        int[] labels = new int[n];
        Matrix x = clustered(n, d, labels, d);
        Matrix embedded = embed(x, 5);
        OriginalDistances kept = OriginalDistances.of(x, labels, null);
        assertTrue(kept.kept());
        for (int k : new int[] {1, 5, 12}) {
            double exact = Trustworthiness.compute(x, embedded, k);
            assertEquals(exact, kept.trustworthiness(embedded, k), 0.0, "k=" + k);
            assertTrue(exact < 0.99, "the embedding has intruders: " + exact);
        }
        OriginalDistances recomputed = OriginalDistances.of(x, labels, null, 0);
        assertFalse(recomputed.kept());
        assertEquals(Trustworthiness.compute(x, embedded, 5), recomputed.trustworthiness(embedded, 5), 0.0);
    }

    @Test
    void manyBlocksAndChunksGiveTheSameValuesWithAndWithoutATable() {
        int n = 5_000; // two parts of more than one query block each, five column chunks
        int[] labels = new int[n];
        Matrix x = clustered(n, 12, labels, 21);
        Matrix embedded = embed(x, 8);
        double exact = Trustworthiness.compute(x, embedded, 5);
        OriginalDistances kept = OriginalDistances.of(x, labels, null);
        OriginalDistances recomputed = OriginalDistances.of(x, labels, null, 0);
        assertTrue(kept.kept());
        assertFalse(recomputed.kept());
        assertEquals(exact, kept.trustworthiness(embedded, 5), 0.0);
        assertEquals(exact, recomputed.trustworthiness(embedded, 5), 0.0);
        assertEquals(kept.silhouette(), recomputed.silhouette(), 0.0, "the table does not change the silhouette");
        assertEquals(Silhouette.compute(x, labels).score(), kept.silhouette(), 0.0);
        int[] queries = ScoreSample.of(labels, n, 600, 3);
        OriginalDistances sampled = OriginalDistances.of(x, labels, queries, 0);
        assertEquals(Trustworthiness.sampled(x, embedded, 5, queries), sampled.trustworthiness(embedded, 5), 0.0);
    }

    @Test
    void sampledQueriesGiveTheSampledTrustworthinessAndSilhouette() {
        int n = 900;
        int[] labels = new int[n];
        Matrix x = clustered(n, 30, labels, 11);
        Matrix embedded = embed(x, 2);
        int[] queries = ScoreSample.of(labels, n, 150, 0);
        OriginalDistances kept = OriginalDistances.of(x, labels, queries);
        assertTrue(kept.kept());
        assertEquals(Trustworthiness.sampled(x, embedded, 5, queries), kept.trustworthiness(embedded, 5), 0.0);
        assertEquals(Silhouette.sampled(x, labels, queries), kept.silhouette(), 0.0);
        assertTrue(kept.isFor(x, queries.clone()));
        assertFalse(kept.isFor(x, null));
        assertFalse(kept.isFor(new Matrix(n, 30, x.data().clone()), queries));
    }

    @Test
    void everyRowAsAQueryGivesTheExactSilhouette() {
        int n = 500;
        int[] labels = new int[n];
        Matrix x = clustered(n, 20, labels, 4);
        OriginalDistances all = OriginalDistances.of(x, labels, null);
        int[] every = new int[n];
        for (int i = 0; i < n; i++) {
            every[i] = i;
        }
        // Every row in order: the symmetric pass, which is Silhouette.compute's own, to the bit.
        assertEquals(Silhouette.sampled(x, labels, every), all.silhouette(), 0.0);
        assertEquals(Silhouette.compute(x, labels).score(), all.silhouette(), 0.0);
        // Every row in another order: the query blocks' pass, the same to rounding.
        int[] shuffled = every.clone();
        for (int i = n - 1; i > 0; i--) {
            int j = new Random(i).nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        assertEquals(Silhouette.compute(x, labels).score(), Silhouette.sampled(x, labels, shuffled), 1e-12);
        assertNull(OriginalDistances.of(x, null, null).silhouette(), "no labels, no silhouette");
        assertNull(OriginalDistances.of(x, new int[n], null).silhouette(), "one class, no silhouette");
    }

    @Test
    void nearTiesWithinAFloatStepAreOrderedInDoublePrecision() {
        // Rows at distances 1, 1 + 1e-12 and 1 - 1e-12 from row 0: one float apart at most, apart in double.
        int n = 40;
        double[][] rows = new double[n][12];
        Random random = new Random(9);
        for (int i = 4; i < n; i++) {
            for (int c = 0; c < 12; c++) {
                rows[i][c] = 5 + random.nextGaussian();
            }
        }
        rows[1][0] = 1;
        rows[2][0] = 1 + 1e-12;
        rows[3][0] = 1 - 1e-12;
        Matrix x = Matrix.of(rows);
        double[][] flat = new double[n][2];
        for (int i = 0; i < n; i++) {
            // The embedding puts row 2 (the farthest of the three) nearest to row 0, then 1, then 3.
            flat[i][0] = i == 2 ? 0.1 : i == 1 ? 0.2 : i == 3 ? 0.3 : 10 + i;
        }
        Matrix embedded = Matrix.of(flat);
        OriginalDistances kept = OriginalDistances.of(x, null, null);
        for (int k = 1; k <= 3; k++) {
            assertEquals(Trustworthiness.compute(x, embedded, k), kept.trustworthiness(embedded, k), 0.0, "k=" + k);
        }
    }
}
