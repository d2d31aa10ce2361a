package io.latentlab.core.metrics;

import io.latentlab.core.data.Matrix;

/**
 * How far an embedding keeps neighbourhoods honest: scikit-learn 1.2.1's {@code sklearn.manifold.trustworthiness}
 * with Euclidean distance.
 *
 * <p>For each point i, take its k nearest neighbours in the embedding; each neighbour j whose rank r(i, j) among
 * i's neighbours in the original space exceeds k is an intruder and costs r - k:
 * {@code T = 1 - 2 / (n k (2n - 3k - 1)) * sum(max(0, r(i, j) - k))}. T is 1 when every embedded neighbourhood
 * is a true one. The rank of j is 1 + the number of other points strictly closer to i than j, with equal distances
 * ordered by row index. (scikit-learn orders exact ties arbitrarily, which only matters for duplicated points.)
 *
 * <p>Cost: O(n^2 (d + e)) time, O(n k) memory plus one bounded block of distances; no n x n matrix is built.
 */
public final class Trustworthiness {

    private Trustworthiness() {
    }

    /**
     * @param original n x d points
     * @param embedded n x e embedding of the same points, row for row
     * @param k        neighbourhood size, at least 1 and less than n/2 (scikit-learn's rule)
     * @return the trustworthiness in [0, 1]
     */
    public static double compute(Matrix original, Matrix embedded, int k) {
        if (original == null || embedded == null) {
            throw new IllegalArgumentException("trustworthiness needs both the original points and the embedding");
        }
        int n = original.rows();
        if (embedded.rows() != n) {
            throw new IllegalArgumentException("the embedding has " + embedded.rows() + " rows but the original data has "
                    + n + "; they must describe the same points");
        }
        if (k < 1 || 2L * k >= n) {
            throw new IllegalArgumentException("trustworthiness needs 1 <= k < n/2; got k = " + k + " for " + n + " rows");
        }

        int[] embeddedNeighbours = NearestNeighbors.of(new PairwiseDistances(embedded, "embedding"), k);
        PairwiseDistances distances = new PairwiseDistances(original, "original data");
        int blockRows = distances.rowBlockSize();
        double[] block = new double[blockRows * n];
        long penalty = 0;
        for (int first = 0; first < n; first += blockRows) {
            int count = Math.min(blockRows, n - first);
            distances.rowsToAll(first, count, block);
            for (int r = 0; r < count; r++) {
                penalty += intrusionPenalty(block, r * n, n, first + r, embeddedNeighbours, (first + r) * k, k);
            }
        }
        // Same operations, in the same order, as scikit-learn.
        return 1.0 - penalty * (2.0 / ((double) n * k * (2.0 * n - 3.0 * k - 1.0)));
    }

    /** sum over i's embedded neighbours j of max(0, rank of j in i's original-space ordering - k). */
    private static long intrusionPenalty(double[] row, int offset, int n, int self, int[] neighbours,
                                         int neighboursOffset, int k) {
        double farthest = 0;
        for (int m = 0; m < k; m++) {
            farthest = Math.max(farthest, row[offset + neighbours[neighboursOffset + m]]);
        }
        int[] closer = new int[k];
        for (int l = 0; l < n; l++) {
            double dl = row[offset + l];
            if (dl > farthest || l == self) {
                continue; // cannot be closer than any neighbour
            }
            for (int m = 0; m < k; m++) {
                int j = neighbours[neighboursOffset + m];
                double dj = row[offset + j];
                if (dl < dj || (dl == dj && l < j)) {
                    closer[m]++;
                }
            }
        }
        long penalty = 0;
        for (int m = 0; m < k; m++) {
            int rank = 1 + closer[m];
            penalty += Math.max(0, rank - k);
        }
        return penalty;
    }
}
