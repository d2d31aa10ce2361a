package io.latentlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The spatial index and the sampled scores against the exact computations they stand in for. */
class SampledScoresTest {

    /** Points on a coarse lattice: many exactly equal distances, so the tie rule decides most neighbourhoods. */
    private static Matrix lattice(int n, int d, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int c = 0; c < d; c++) {
                row[c] = random.nextInt(12) * 0.25;
            }
        }
        return Matrix.of(rows);
    }

    private static Matrix gaussian(int n, int d, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int c = 0; c < d; c++) {
                row[c] = random.nextGaussian() * (c + 1);
            }
        }
        return Matrix.of(rows);
    }

    private static Matrix plus(Matrix a, Matrix b) {
        double[] sum = a.data().clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b.data()[i];
        }
        return new Matrix(a.rows(), a.cols(), sum);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void theTreeFindsExactlyTheBruteForceNeighboursInTheSameOrder(int d) {
        for (Matrix points : new Matrix[] {lattice(1500, d, 7 + d), gaussian(1500, d, 3 + d)}) {
            for (int k : new int[] {1, 5, 12}) {
                int[] brute = NearestNeighbors.of(new PairwiseDistances(points, "points"), k);
                int[] tree = new KdTree(points).allNeighbours(k);
                assertArrayEquals(brute, tree, "d=" + d + ", k=" + k);
            }
        }
    }

    @Test
    void theTreeCopesWithAllPointsEqual() {
        Matrix same = Matrix.zeros(100, 2);
        assertArrayEquals(NearestNeighbors.of(new PairwiseDistances(same, "p"), 5), new KdTree(same).allNeighbours(5));
    }

    @Test
    void knnAccuracyWithTheTreeEqualsTheBruteForceValue() {
        Matrix points = lattice(3000, 2, 11);
        int[] labels = new int[3000];
        Random random = new Random(5);
        Arrays.setAll(labels, i -> random.nextInt(4));
        int[] brute = NearestNeighbors.of(new PairwiseDistances(points, "p"), 5);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int[] votes = new int[4];
            for (int m = 0; m < 5; m++) {
                votes[labels[brute[i * 5 + m]]]++;
            }
            int predicted = -1;
            int best = 0;
            for (int m = 0; m < 5; m++) {
                int l = labels[brute[i * 5 + m]];
                if (votes[l] > best) {
                    best = votes[l];
                    predicted = l;
                }
            }
            correct += predicted == labels[i] ? 1 : 0;
        }
        assertEquals((double) correct / labels.length, KnnAccuracy.compute(points, labels, 5));
    }

    @Test
    void theSampleIsStratifiedDeterministicAndSorted() {
        int[] labels = new int[10_000];
        Arrays.setAll(labels, i -> i < 9_000 ? 0 : i < 9_990 ? 1 : 2); // 9000, 990 and 10 rows
        int[] a = ScoreSample.of(labels, labels.length, 500, 3);
        int[] b = ScoreSample.of(labels, labels.length, 500, 3);
        assertArrayEquals(a, b);
        assertNotEquals(Arrays.toString(a), Arrays.toString(ScoreSample.of(labels, labels.length, 500, 4)));
        assertEquals(500, Arrays.stream(a).distinct().count());
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i - 1] < a[i]);
        }
        int[] perClass = new int[3];
        for (int row : a) {
            perClass[labels[row]]++;
        }
        assertArrayEquals(new int[] {450, 49, 1}, perClass); // 450 + 49.5 + 0.5: the small class is not dropped
        assertEquals(10_000, ScoreSample.of(labels, labels.length, 20_000, 3).length);
    }

    @Test
    void withEveryRowAsAQueryTheSampledScoresAreTheExactOnes() {
        int[] labels = new int[900];
        Matrix original = ExactReference.blobs(900, 12, 3, 2.5, 17, labels, 0);
        Matrix embedded = plus(gaussian(900, 2, 1), original.topLeft(900, 2));
        int[] all = ScoreSample.of(labels, 900, 900, 0);
        assertEquals(
                Trustworthiness.compute(original, embedded, 5), Trustworthiness.sampled(original, embedded, 5, all));
        assertEquals(Silhouette.compute(embedded, labels).score(), Silhouette.sampled(embedded, labels, all), 1e-12);
        assertEquals(Silhouette.compute(original, labels).score(), Silhouette.sampled(original, labels, all), 1e-12);
    }

    /** The acceptance case: 40,000 rows, the default sample, within 0.01 of the exact scores. */
    @Test
    void onFortyThousandRowsTheSampledScoresAreWithinOneHundredthOfTheExactOnes() {
        int n = 40_000;
        int[] labels = new int[n];
        Matrix original = ExactReference.blobs(n, 4, 5, 4.0, 23, labels, 0);
        Matrix embedded = plus(original.topLeft(n, 2), gaussian(n, 2, 9));
        int[] sample = ScoreSample.of(labels, n, ScoreSample.DEFAULT_ROWS, 0);

        double exactSilhouette = Silhouette.compute(embedded, labels).score();
        double exactTrust = Trustworthiness.compute(original, embedded, 5);
        double sampledSilhouette = Silhouette.sampled(embedded, labels, sample);
        double sampledTrust = Trustworthiness.sampled(original, embedded, 5, sample);

        assertEquals(exactSilhouette, sampledSilhouette, 0.01);
        assertEquals(exactTrust, sampledTrust, 0.01);
        assertEquals(
                sampledSilhouette,
                Silhouette.sampled(embedded, labels, ScoreSample.of(labels, n, ScoreSample.DEFAULT_ROWS, 0)));
    }
}
