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
 * Data with more than 8 columns gets its distances from a matrix
 * product (relative error around 1e-13), so distances that are equal only in exact arithmetic may compare unequal;
 * exact duplicates always tie.
 *
 * <p>Cost: O(n^2 (d + e)) time, O(n k) memory plus one bounded block of distances; no n x n matrix is built.
 */
public final class Trustworthiness {

    private Trustworthiness() {}

    /**
     * @param original n x d points
     * @param embedded n x e embedding of the same points, row for row
     * @param k        neighbourhood size, at least 1 and less than n/2 (scikit-learn's rule)
     * @return the trustworthiness in [0, 1]
     */
    public static double compute(Matrix original, Matrix embedded, int k) {
        requireComparable(original, embedded, k);
        int n = original.rows();
        long penalty = penalty(original, NearestNeighbors.of(embedded, "embedding", k), null, n, k);
        return fromPenalty(penalty, n, n, k);
    }

    /**
     * The same measure estimated from the neighbourhoods of some rows only ({@code queries}, e.g. a
     * {@link ScoreSample}): each query's neighbours and ranks are still taken among all n rows, and the penalty
     * sum is scaled by n / queries. With every row as a query it is {@link #compute}, to the last bit.
     *
     * <p>Cost: O(m n (d + e)) for m queries instead of O(n^2 (d + e)).
     */
    public static double sampled(Matrix original, Matrix embedded, int k, int[] queries) {
        requireComparable(original, embedded, k);
        if (queries.length == 0) {
            throw new IllegalArgumentException("sampled trustworthiness needs at least one query row");
        }
        int n = original.rows();
        int m = queries.length;
        long penalty = penalty(original, NearestNeighbors.of(embedded, "embedding", queries, k), queries, m, k);
        return fromPenalty(penalty, n, m, k);
    }

    /** T from the penalty of m of the n rows (scaled by n / m when m < n), in scikit-learn's order of operations. */
    static double fromPenalty(long penalty, int n, int m, int k) {
        double scaled = m == n ? penalty : penalty * ((double) n / m);
        return 1.0 - scaled * (2.0 / ((double) n * k * (2.0 * n - 3.0 * k - 1.0)));
    }

    static void requireComparable(Matrix original, Matrix embedded, int k) {
        if (original == null || embedded == null) {
            throw new IllegalArgumentException("trustworthiness needs both the original points and the embedding");
        }
        int n = original.rows();
        if (embedded.rows() != n) {
            throw new IllegalArgumentException("the embedding has " + embedded.rows()
                    + " rows but the original data has " + n + "; they must describe the same points");
        }
        if (k < 1 || 2L * k >= n) {
            throw new IllegalArgumentException(
                    "trustworthiness needs 1 <= k < n/2; got k = " + k + " for " + n + " rows");
        }
    }

    /**
     * The sum over the asked rows of their intruders' rank excess: the rows {@code queries} (null: every row, in
     * order), {@code count} of them, with their k embedded neighbours row-major in {@code embeddedNeighbours}. The
     * rows are split into parts side by side; the penalty is a whole number, so the order of the parts is moot.
     */
    private static long penalty(Matrix original, int[] embeddedNeighbours, int[] queries, int count, int k) {
        int n = original.rows();
        PairwiseDistances shared = new PairwiseDistances(original, "original data");
        long penalty = 0;
        for (long part : io.latentlab.core.concurrent.Parts.split(count, range -> {
            PairwiseDistances distances = range.part() == 0 ? shared : shared.forAnotherThread();
            int blockRows = distances.rowBlockSize();
            double[] block = new double[blockRows * n];
            int[] trueNeighbours = new int[k];
            double[] scratch = new double[k];
            long sum = 0;
            for (int first = range.from(); first < range.to(); first += blockRows) {
                int rows = Math.min(blockRows, range.to() - first);
                if (queries == null) {
                    distances.rowsToAll(first, rows, block);
                } else {
                    distances.selectedToAll(queries, first, rows, block);
                }
                for (int r = 0; r < rows; r++) {
                    int i = queries == null ? first + r : queries[first + r];
                    NearestNeighbors.select(block, r * n, n, i, k, trueNeighbours, 0, scratch);
                    for (int q = 0; q < k; q++) {
                        int j = embeddedNeighbours[(first + r) * k + q];
                        // A true neighbour has rank <= k and costs nothing; only intruders need their rank counted.
                        if (!contains(trueNeighbours, j)) {
                            sum += rank(block, r * n, n, i, j) - k;
                        }
                    }
                }
            }
            return sum;
        })) {
            penalty += part;
        }
        return penalty;
    }

    /**
     * 1 + the number of points other than i that come before j in i's ordering: strictly closer, or at the same
     * distance with a smaller index. Two branch-free counting passes, split at j, so no per-point tie test.
     */
    private static int rank(double[] row, int offset, int n, int self, int j) {
        double dj = row[offset + j];
        int before = 0;
        for (int l = offset, end = offset + j; l < end; l++) {
            before += row[l] <= dj ? 1 : 0;
        }
        for (int l = offset + j + 1, end = offset + n; l < end; l++) {
            before += row[l] < dj ? 1 : 0;
        }
        double selfDistance = row[offset + self];
        if (self < j ? selfDistance <= dj : selfDistance < dj) {
            before--; // i is not in its own ordering
        }
        return 1 + before;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
