package io.latentlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.latentlab.core.data.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnnAccuracyTest {

    @ParameterizedTest
    @CsvSource({
        "blobs_300x10_c4_rs5, 5",
        "blobs_300x10_c4_rs5, 4",
        "overlap_240x8_c3_std10_rs11, 5",
        "overlap_240x8_c3_std10_rs11, 4"
    })
    void matchesTheReferenceImplementation(String name, int k) {
        JsonNode fixture = Fixtures.read("/fixtures/metrics/" + name + ".json");
        double expected = fixture.get("knn_accuracy").get("k" + k).doubleValue();

        double actual =
                KnnAccuracy.compute(Fixtures.matrix(fixture.get("embedding")), Fixtures.ints(fixture.get("y")), k);

        assertEquals(expected, actual, 1e-12);
    }

    /**
     * On a line: point 0 (label 5) has neighbours at distances 1 (label 9), 2 (label 5), 3 (label 9), 4 (label 5).
     * With k = 4 the vote is 2-2 and label 9 wins because its nearest member is closer.
     */
    @Test
    void aTiedVoteGoesToTheLabelWithTheNearestMember() {
        Matrix line = Matrix.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {100}, {101}, {102}, {103}, {104}});
        int[] labels = {5, 9, 5, 9, 5, 7, 7, 7, 7, 7};

        double withTie = KnnAccuracy.compute(line, labels, 4);

        // Rows 5-9 are right. Rows 0, 2 and 4 (label 5) tie 2-2 with label 9 nearer, so they are wrong; rows 1 and 3
        // (label 9) are outvoted 3-1. Giving ties to the smaller label instead would score 0.8.
        assertEquals(0.5, withTie, 1e-15);
        assertEquals(0.5, KnnAccuracy.compute(line, labels, 1), 1e-15);
    }

    @Test
    void equalDistancesAreOrderedByRowIndex() {
        // Row 0 is at distance 1 from both row 1 and row 2; with k = 1 row 1 votes. The other rows' nearest
        // neighbours are unique: 1 -> 0, 2 -> 0, 3 -> 1.
        Matrix points = Matrix.of(new double[][] {{0, 0}, {1, 0}, {-1, 0}, {9, 9}});
        assertEquals(0.5, KnnAccuracy.compute(points, new int[] {2, 2, 3, 3}, 1), 1e-15);
        assertEquals(0.25, KnnAccuracy.compute(points, new int[] {3, 2, 3, 3}, 1), 1e-15);
    }

    @Test
    void rejectsImpossibleNeighbourCounts() {
        Matrix points = Matrix.zeros(6, 2);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> KnnAccuracy.compute(points, new int[6], 6));
        assertEquals("kNN accuracy needs 1 <= k <= n-1; got k = 6 for 6 rows", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KnnAccuracy.compute(points, new int[6], 0));
        IllegalArgumentException length =
                assertThrows(IllegalArgumentException.class, () -> KnnAccuracy.compute(points, new int[4], 2));
        assertTrue(length.getMessage().contains("4 labels for 6 rows"), length.getMessage());
    }
}
