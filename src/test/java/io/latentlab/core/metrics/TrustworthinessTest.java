package io.latentlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.latentlab.core.data.Matrix;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustworthinessTest {

    @ParameterizedTest
    @CsvSource({
        "blobs_300x10_c4_rs5, 5",
        "blobs_300x10_c4_rs5, 10",
        "overlap_240x8_c3_std10_rs11, 5",
        "overlap_240x8_c3_std10_rs11, 10"
    })
    void matchesScikitLearn(String name, int k) {
        JsonNode fixture = Fixtures.read("/fixtures/metrics/" + name + ".json");
        double expected = fixture.get("trustworthiness").get("k" + k).doubleValue();

        double actual = Trustworthiness.compute(
                Fixtures.matrix(fixture.get("X")), Fixtures.matrix(fixture.get("embedding")), k);

        assertEquals(expected, actual, 1e-12);
    }

    @Test
    void aFaithfulEmbeddingScoresOne() {
        int[] labels = new int[200];
        Matrix x = ExactReference.blobs(200, 3, 3, 2.0, 8, labels, 0);
        assertEquals(1.0, Trustworthiness.compute(x, x, 7));
    }

    /** Enough rows that the original-space distances come in several row blocks. */
    @Test
    void matchesARankByRankReferenceAcrossRowBlocks() {
        int n = 1600;
        int[] labels = new int[n];
        Matrix x = ExactReference.blobs(n, 5, 4, 3.0, 21, labels, 0);
        // Dropping three of the five coordinates brings in intruders.
        Matrix embedded = new Matrix(
                n,
                2,
                IntStream.range(0, 2 * n).mapToDouble(i -> x.get(i / 2, i % 2)).toArray());
        assertTrue(new PairwiseDistances(x, "x").rowBlockSize() < n, "test must span several row blocks");

        double expected = reference(x, embedded, 6);
        assertTrue(expected < 0.99, "reference " + expected);
        assertEquals(expected, Trustworthiness.compute(x, embedded, 6), 1e-12);
    }

    /** Integer grids are full of equal distances: ranks must order them by row index, in both spaces. */
    @Test
    void ordersEqualDistancesByRowIndex() {
        java.util.Random random = new java.util.Random(2);
        int n = 90;
        Matrix original =
                new Matrix(n, 3, random.ints(3L * n, 0, 3).asDoubleStream().toArray());
        Matrix embedded =
                new Matrix(n, 2, random.ints(2L * n, 0, 4).asDoubleStream().toArray());

        assertEquals(reference(original, embedded, 4), Trustworthiness.compute(original, embedded, 4), 1e-12);
    }

    @Test
    void rejectsNeighbourhoodsOfHalfTheDataOrMore() {
        Matrix x = Matrix.zeros(10, 2);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Trustworthiness.compute(x, x, 5));
        assertEquals("trustworthiness needs 1 <= k < n/2; got k = 5 for 10 rows", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Trustworthiness.compute(x, x, 0));
    }

    @Test
    void rejectsAnEmbeddingOfOtherPoints() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Trustworthiness.compute(Matrix.zeros(10, 3), Matrix.zeros(9, 2), 2));
        assertTrue(e.getMessage().contains("9 rows but the original data has 10"), e.getMessage());
    }

    /** Straight from the definition: full sorts of every row in both spaces. */
    private static double reference(Matrix original, Matrix embedded, int k) {
        int n = original.rows();
        long penalty = 0;
        for (int i = 0; i < n; i++) {
            int self = i;
            Integer[] byOriginal = others(n, self);
            Arrays.sort(byOriginal, Comparator.comparingDouble(j -> ExactReference.distance(original, self, j)));
            int[] rank = new int[n];
            for (int r = 0; r < byOriginal.length; r++) {
                rank[byOriginal[r]] = r + 1;
            }
            Integer[] byEmbedded = others(n, self);
            Arrays.sort(byEmbedded, Comparator.comparingDouble(j -> ExactReference.distance(embedded, self, j)));
            for (int m = 0; m < k; m++) {
                penalty += Math.max(0, rank[byEmbedded[m]] - k);
            }
        }
        return 1.0 - penalty * (2.0 / ((double) n * k * (2.0 * n - 3.0 * k - 1.0)));
    }

    private static Integer[] others(int n, int self) {
        return IntStream.range(0, n).filter(j -> j != self).boxed().toArray(Integer[]::new);
    }
}
