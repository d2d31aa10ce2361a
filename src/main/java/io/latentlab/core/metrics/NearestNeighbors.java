package io.latentlab.core.metrics;

/**
 * The k nearest other points of every point, closest first. Equal distances are ordered by row index (the
 * smaller index counts as closer), as a stable sort would order them.
 */
final class NearestNeighbors {

    private NearestNeighbors() {}

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
