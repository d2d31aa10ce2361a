package io.latentlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.latentlab.core.data.Matrix;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SilhouetteTest {

    private static final double RELATIVE = 1e-9;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "blobs_300x5_c3_rs0",
                "blobs_400x10_c4_std05_rs1",
                "overlap_200x3_c2_pointlike",
                "silhouette_singleton",
                "silhouette_duplicates"
            })
    void matchesScikitLearn(String name) {
        JsonNode fixture = Fixtures.read("/fixtures/sklearn/" + name + ".json");
        double[] expected = Fixtures.doubles(fixture.get("silhouette").get("samples"));
        double expectedScore = fixture.get("silhouette").get("score").doubleValue();

        SilhouetteResult result =
                Silhouette.compute(Fixtures.matrix(fixture.get("X")), Fixtures.ints(fixture.get("y")));

        assertEquals(expected.length, result.samples().length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], result.samples()[i], RELATIVE * Math.abs(expected[i]), name + " sample " + i);
        }
        assertEquals(expectedScore, result.score(), RELATIVE * Math.abs(expectedScore), name + " score");
    }

    @Test
    void singletonLabelGetsZeroAndCountsInTheMean() {
        JsonNode fixture = Fixtures.read("/fixtures/sklearn/silhouette_singleton.json");
        int[] labels = Fixtures.ints(fixture.get("y"));
        SilhouetteResult result = Silhouette.compute(Fixtures.matrix(fixture.get("X")), labels);

        assertEquals(3, labels[7]);
        assertEquals(0.0, result.samples()[7]);
        assertEquals(Arrays.stream(result.samples()).sum() / labels.length, result.score(), 1e-15);
    }

    @Test
    void duplicatesGiveExactZeroDistances() {
        JsonNode fixture = Fixtures.read("/fixtures/sklearn/silhouette_duplicates.json");
        SilhouetteResult result =
                Silhouette.compute(Fixtures.matrix(fixture.get("X")), Fixtures.ints(fixture.get("y")));
        // Label 0 is three identical points: a = 0 exactly, so s = 1 exactly.
        assertEquals(1.0, result.samples()[0]);
    }

    @Test
    void allIdenticalPointsScoreZero() {
        double[][] rows = new double[12][];
        int[] labels = new int[12];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {3.25, -1.5, 1e6};
            labels[i] = i % 3;
        }
        SilhouetteResult result = Silhouette.compute(Matrix.of(rows), labels);

        assertEquals(0.0, result.score());
        assertArrayEquals(new double[12], result.samples());
    }

    @Test
    void oneLabelIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Silhouette.compute(Matrix.zeros(30, 2), new int[30]));
        assertEquals("silhouette needs between 2 and n-1 distinct labels; got 1 label for 30 rows", e.getMessage());
    }

    @Test
    void oneLabelPerRowIsRejected() {
        int[] labels = {4, 8, 15, 16, 23, 42};
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Silhouette.compute(Matrix.zeros(6, 2), labels));
        assertEquals("silhouette needs between 2 and n-1 distinct labels; got 6 labels for 6 rows", e.getMessage());
    }

    @Test
    void badInputsAreRejectedWithTheirValues() {
        IllegalArgumentException length = assertThrows(
                IllegalArgumentException.class, () -> Silhouette.compute(Matrix.zeros(5, 2), new int[] {0, 1, 0}));
        assertTrue(length.getMessage().contains("3 labels for 5 rows"), length.getMessage());

        Matrix withNaN = Matrix.of(new double[][] {{0, 0}, {1, Double.NaN}, {2, 2}, {3, 3}});
        IllegalArgumentException nan =
                assertThrows(IllegalArgumentException.class, () -> Silhouette.compute(withNaN, new int[] {0, 0, 1, 1}));
        assertTrue(nan.getMessage().contains("row 1, column 1"), nan.getMessage());
    }

    /** Larger than one tile, with a ragged last tile, so the mirrored (below-diagonal) sums are exercised. */
    @ParameterizedTest
    @ValueSource(ints = {2, 20})
    void matchesExactReferenceAcrossManyTiles(int columns) {
        int n = 2 * Silhouette.TILE + 277;
        int[] labels = new int[n];
        Matrix x = ExactReference.blobs(n, columns, 7, 4.0, 11, labels, -3);

        double[] expected = ExactReference.silhouetteSamples(x, labels);
        SilhouetteResult result = Silhouette.compute(x, labels);

        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], result.samples()[i], 1e-12 + 1e-10 * Math.abs(expected[i]), "sample " + i);
        }
        assertEquals(Arrays.stream(expected).average().orElseThrow(), result.score(), 1e-12);
    }

    /**
     * Two groups 2e4 apart, each holding two overlapping labels only 1e-6 wide: a and b are both tiny next to the
     * norms, the case where |x|^2 + |y|^2 - 2 x.y cancels and centring alone cannot help. 12 columns, so the
     * matrix-product path is taken.
     */
    @Test
    void staysExactWhenPointsAreCloseComparedWithTheirNorms() {
        int n = 400;
        java.util.Random random = new java.util.Random(9);
        double[][] rows = new double[n][12];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4;
            double groupShift = labels[i] < 2 ? 1e4 : -1e4;
            for (int c = 0; c < 12; c++) {
                rows[i][c] = groupShift + 5e3 * c + 1e-6 * (labels[i] % 2) + 1e-6 * random.nextGaussian();
            }
        }
        rows[5] = rows[1].clone(); // an exact duplicate within label 1
        Matrix x = Matrix.of(rows);

        double[] expected = ExactReference.silhouetteSamples(x, labels);
        double[] actual = Silhouette.compute(x, labels).samples();

        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], actual[i], 1e-9 * Math.abs(expected[i]), "sample " + i);
        }
    }

    @Test
    void isDeterministicAndIgnoresLabelNamesAndRowOrder() {
        int n = 700;
        int[] labels = new int[n];
        Matrix x = ExactReference.blobs(n, 4, 5, 3.0, 3, labels, 0);
        SilhouetteResult first = Silhouette.compute(x, labels);

        assertArrayEquals(first.samples(), Silhouette.compute(x, labels).samples());
        assertEquals(first.score(), Silhouette.compute(x, labels).score());

        int[] renamed = Arrays.stream(labels).map(l -> 1000 - 37 * l).toArray();
        assertArrayEquals(first.samples(), Silhouette.compute(x, renamed).samples(), 1e-12);

        int[] reversed = new int[n];
        int[] reversedLabels = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
            reversedLabels[i] = labels[n - 1 - i];
        }
        double[] reversedSamples =
                Silhouette.compute(x.selectRows(reversed), reversedLabels).samples();
        for (int i = 0; i < n; i++) {
            assertEquals(first.samples()[n - 1 - i], reversedSamples[i], 1e-12);
        }
    }
}
