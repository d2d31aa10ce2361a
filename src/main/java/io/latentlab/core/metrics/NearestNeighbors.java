package io.latentlab.core.metrics;

/**
 * The k nearest other points of every point, closest first. Equal distances are ordered by row index (the
 * smaller index counts as closer), as a stable sort would order them.
 */
final class NearestNeighbors {

    private NearestNeighbors() {}

    /**
     * Row-major n x k neighbour indices of the rows of {@code points}: from a {@link KdTree} in up to
     * {@link KdTree#MAX_DIMENSIONS} columns (the same result, in O(n log n)), else from blocked distances.
     */
    static int[] of(io.latentlab.core.data.Matrix points, String what, int k) {
        if (points.cols() >= 1 && points.cols() <= KdTree.MAX_DIMENSIONS) {
            requireFinite(points, what);
            return new KdTree(points).allNeighbours(k);
        }
        return of(new PairwiseDistances(points, what), k);
    }

    /** The k nearest other rows of each of {@code rows} (any row indices), row-major {@code rows.length x k}. */
    static int[] of(io.latentlab.core.data.Matrix points, String what, int[] rows, int k) {
        if (points.cols() >= 1 && points.cols() <= KdTree.MAX_DIMENSIONS) {
            requireFinite(points, what);
            return new KdTree(points).neighboursOf(rows, k);
        }
        PairwiseDistances distances = new PairwiseDistances(points, what);
        int n = distances.size();
        int blockRows = distances.rowBlockSize();
        double[] block = new double[blockRows * n];
        double[] scratch = new double[k];
        int[] out = new int[rows.length * k];
        for (int first = 0; first < rows.length; first += blockRows) {
            int count = Math.min(blockRows, rows.length - first);
            distances.selectedToAll(rows, first, count, block);
            for (int r = 0; r < count; r++) {
                select(block, r * n, n, rows[first + r], k, out, (first + r) * k, scratch);
            }
        }
        return out;
    }

    /** The same message as {@link PairwiseDistances} gives, for the tree's path. */
    private static void requireFinite(io.latentlab.core.data.Matrix x, String what) {
        double[] data = x.data();
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(what + " has a non-finite value " + data[i] + " at row "
                        + i / x.cols() + ", column " + i % x.cols());
            }
        }
    }

    /** Row-major n x k neighbour indices: entries {@code [i*k, i*k+k)} are the neighbours of row i. */
    static int[] of(PairwiseDistances distances, int k) {
        int n = distances.size();
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("k must be between 1 and n-1 = " + (n - 1) + ", got " + k);
        }
        int[] neighbours = new int[n * k];
        double[] nearestDistances = new double[k];
        int blockRows = distances.rowBlockSize();
        double[] block = new double[blockRows * n];
        for (int first = 0; first < n; first += blockRows) {
            int count = Math.min(blockRows, n - first);
            distances.rowsToAll(first, count, block);
            for (int r = 0; r < count; r++) {
                select(block, r * n, n, first + r, k, neighbours, (first + r) * k, nearestDistances);
            }
        }
        return neighbours;
    }

    /**
     * The k nearest of one row of distances, skipping {@code self}, into {@code out[outOffset..outOffset+k)}.
     * Insertion into a sorted list of k: fast because almost every candidate is rejected by one comparison.
     *
     * @param nearest scratch space of length k
     */
    static void select(double[] row, int offset, int n, int self, int k, int[] out, int outOffset, double[] nearest) {
        int filled = 0;
        for (int j = 0; j < n; j++) {
            if (j == self) {
                continue;
            }
            double dj = row[offset + j];
            // Candidates come in index order, so an equal distance never displaces an earlier (smaller) index.
            if (filled == k && !(dj < nearest[k - 1])) {
                continue;
            }
            int pos = filled == k ? k - 1 : filled++;
            while (pos > 0 && dj < nearest[pos - 1]) {
                nearest[pos] = nearest[pos - 1];
                out[outOffset + pos] = out[outOffset + pos - 1];
                pos--;
            }
            nearest[pos] = dj;
            out[outOffset + pos] = j;
        }
    }
}
