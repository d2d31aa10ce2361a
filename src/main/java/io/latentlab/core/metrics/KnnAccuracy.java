package io.latentlab.core.metrics;

import io.latentlab.core.data.Matrix;

/**
 * Leave-one-out k-nearest-neighbour classification accuracy of labelled points (usually an embedding): how
 * often a point's label is the majority label among its k nearest other points.
 *
 * <p>Rules, so that results are reproducible:
 * <ul>
 *   <li>Distance is Euclidean. Neighbours at equal distance are ordered by row index (smaller index first).
 *       Embeddings wider than 8 columns get distances from a matrix
 *       product (relative error around 1e-13), where only exact duplicates are guaranteed to tie.</li>
 *   <li>Each of the k neighbours casts one vote for its label (no distance weighting).</li>
 *   <li>When several labels share the most votes, the winner is the one whose nearest member among the k
 *       neighbours is closest to the point, that is, the tied label that appears first in the neighbour order.</li>
 * </ul>
 *
 * <p>Cost: O(n log n) with a k-d tree for embeddings of up to 8 columns (exactly the brute-force neighbours, see
 * {@link KdTree}); O(n^2 d) time, O(n k) memory plus one bounded block of distances above that.
 */
public final class KnnAccuracy {

    /** The neighbourhood size callers use unless they have a reason not to. */
    public static final int DEFAULT_K = 5;

    private KnnAccuracy() {}

    /**
     * @param embedded n x d points
     * @param labels   one label per row, any int values
     * @param k        neighbours that vote, between 1 and n-1
     * @return the fraction of points whose predicted label equals their own, in [0, 1]
     */
    public static double compute(Matrix embedded, int[] labels, int k) {
        if (embedded == null || labels == null) {
            throw new IllegalArgumentException(
                    "kNN accuracy needs points and labels, got " + (embedded == null ? "null points" : "null labels"));
        }
        int n = embedded.rows();
        if (labels.length != n) {
            throw new IllegalArgumentException(
                    "kNN accuracy needs one label per row; got " + labels.length + " labels for " + n + " rows");
        }
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException(
                    "kNN accuracy needs 1 <= k <= n-1; got k = " + k + " for " + n + " rows");
        }

        LabelCodes classes = LabelCodes.of(labels);
        int[] codes = classes.codes();
        int[] neighbours = NearestNeighbors.of(embedded, "embedding", k);
        int[] votes = new int[classes.classCount()];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int offset = i * k;
            for (int m = 0; m < k; m++) {
                votes[codes[neighbours[offset + m]]]++;
            }
            // Scanning in neighbour order and taking only strictly more votes keeps the tied label seen first.
            int predicted = -1;
            int bestVotes = 0;
            for (int m = 0; m < k; m++) {
                int code = codes[neighbours[offset + m]];
                if (votes[code] > bestVotes) {
                    bestVotes = votes[code];
                    predicted = code;
                }
            }
            if (predicted == codes[i]) {
                correct++;
            }
            for (int m = 0; m < k; m++) {
                votes[codes[neighbours[offset + m]]] = 0;
            }
        }
        return (double) correct / n;
    }
}
