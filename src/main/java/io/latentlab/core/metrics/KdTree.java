package io.latentlab.core.metrics;

import io.latentlab.core.concurrent.Cancellation;
import io.latentlab.core.data.Matrix;

/**
 * Exact k-nearest-neighbour search in a few dimensions (embeddings) in O(n log n) instead of O(n^2).
 *
 * <p>It finds exactly what the brute-force search of {@link NearestNeighbors} finds, in the same order: distances
 * are computed with the same operations as {@link PairwiseDistances}' direct path (bit for bit the same values),
 * neighbours are ordered by distance and then by row index, and a cell is skipped only when its lower bound is
 * strictly beyond the current k-th distance (the bound never exceeds a computed distance), so a tie at the k-th distance with
 * a smaller index is never missed.
 *
 * <p>The tree splits the widest side of each cell at its median until a leaf holds at most {@link #LEAF} points.
 */
final class KdTree {

    /** Points per leaf: small enough to prune well, large enough that the scan of a leaf is a tight loop. */
    static final int LEAF = 16;

    /** Up to this many columns the tree pays off; above it the brute force does as well. */
    static final int MAX_DIMENSIONS = PairwiseDistances.DIRECT_MAX_COLUMNS;

    private final int n;
    private final int d;
    /** Coordinates column by column, as {@link PairwiseDistances} keeps them. */
    private final double[][] columns;
    /** Row indices permuted so that each node owns a contiguous run. */
    private final int[] order;
    /** Per node: first and end of its run, its split dimension (-1 for a leaf), and its bounding box. */
    private final int[] nodeFrom;

    private final int[] nodeTo;
    private final int[] splitDim;
    private final double[] boxLow;
    private final double[] boxHigh;
    /** The right child of each inner node; the left child is always the next node (built depth-first). */
    private final int[] rightOf;

    private int nodes;

    KdTree(Matrix points) {
        n = points.rows();
        d = points.cols();
        if (d < 1 || d > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("a k-d tree takes 1 to " + MAX_DIMENSIONS + " columns, got " + d);
        }
        columns = new double[d][];
        for (int c = 0; c < d; c++) {
            columns[c] = points.column(c);
            for (double v : columns[c]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("the points have a non-finite value " + v);
                }
            }
        }
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Leaves hold more than LEAF / 2 points (a median split of more than LEAF), so there are fewer than n / 4 + 1.
        int capacity = n / 2 + 2;
        nodeFrom = new int[capacity];
        nodeTo = new int[capacity];
        splitDim = new int[capacity];
        rightOf = new int[capacity];
        boxLow = new double[capacity * d];
        boxHigh = new double[capacity * d];
        build(0, n);
    }

    /** Row-major n x k neighbour indices of every row, as {@link NearestNeighbors#of} returns them. */
    int[] allNeighbours(int k) {
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("k must be between 1 and n-1 = " + (n - 1) + ", got " + k);
        }
        int[] out = new int[n * k];
        Search search = new Search(k);
        for (int i = 0; i < n; i++) {
            if ((i & 4095) == 0) {
                Cancellation.check();
            }
            search.run(i, out, i * k);
        }
        return out;
    }

    /** The k nearest other rows of each of {@code rows}, closest first: row-major {@code rows.length x k}. */
    int[] neighboursOf(int[] rows, int k) {
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("k must be between 1 and n-1 = " + (n - 1) + ", got " + k);
        }
        int[] out = new int[rows.length * k];
        Search search = new Search(k);
        for (int q = 0; q < rows.length; q++) {
            search.run(rows[q], out, q * k);
        }
        return out;
    }

    private int build(int from, int to) {
        int node = nodes++;
        nodeFrom[node] = from;
        nodeTo[node] = to;
        int widest = 0;
        double widestSpan = -1;
        for (int c = 0; c < d; c++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            double[] column = columns[c];
            for (int p = from; p < to; p++) {
                double v = column[order[p]];
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            boxLow[node * d + c] = low;
            boxHigh[node * d + c] = high;
            if (high - low > widestSpan) {
                widestSpan = high - low;
                widest = c;
            }
        }
        if (to - from <= LEAF || widestSpan <= 0) {
            splitDim[node] = -1;
            return node;
        }
        splitDim[node] = widest;
        int middle = (from + to) >>> 1;
        select(columns[widest], from, to - 1, middle);
        build(from, middle);
        rightOf[node] = build(middle, to);
        return node;
    }

    /** Quickselect on {@code order[lo..hi]} by one coordinate, so that position {@code kth} holds the median. */
    private void select(double[] column, int lo, int hi, int kth) {
        while (hi > lo) {
            double pivot = column[order[(lo + hi) >>> 1]];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (column[order[i]] < pivot) {
                    i++;
                }
                while (column[order[j]] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (kth <= j) {
                hi = j;
            } else if (kth >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** Exactly {@link PairwiseDistances}' direct distance: same operations, same order. */
    private double distance(int i, int j) {
        double diff = columns[0][i] - columns[0][j];
        double s = diff * diff;
        for (int c = 1; c < d; c++) {
            diff = columns[c][i] - columns[c][j];
            s += diff * diff;
        }
        return Math.sqrt(s);
    }

    /** Deeper than any tree: the depth is about log2(n / LEAF) + 1 and the stack holds one node per level plus one. */
    private static final int STACK = 128;

    /** One query's state: the best k so far, sorted by (distance, index). Reused across queries. */
    private final class Search {
        private final int k;
        private final int[] best;
        private final double[] bestDistance;
        private final int[] stack;
        private int filled;

        Search(int k) {
            this.k = k;
            this.best = new int[k];
            this.bestDistance = new double[k];
            this.stack = new int[STACK];
        }

        void run(int self, int[] out, int offset) {
            filled = 0;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                if (filled == k && lowerBound(node, self) > bestDistance[k - 1]) {
                    continue;
                }
                int dim = splitDim[node];
                if (dim < 0) {
                    for (int p = nodeFrom[node], end = nodeTo[node]; p < end; p++) {
                        int j = order[p];
                        if (j != self) {
                            offer(j, distance(self, j));
                        }
                    }
                    continue;
                }
                // Children are laid out depth-first: the left child follows its parent, the right one after
                // the left subtree. Push the far child first so the near one is searched first.
                int left = node + 1;
                int right = rightChild(node);
                double v = columns[dim][self];
                boolean goLeft = v <= boxHigh[left * d + dim];
                stack[top++] = goLeft ? right : left;
                stack[top++] = goLeft ? left : right;
            }
            System.arraycopy(best, 0, out, offset, k);
        }

        private void offer(int j, double dj) {
            if (filled == k && !before(dj, j, bestDistance[k - 1], best[k - 1])) {
                return;
            }
            int pos = filled == k ? k - 1 : filled++;
            while (pos > 0 && before(dj, j, bestDistance[pos - 1], best[pos - 1])) {
                bestDistance[pos] = bestDistance[pos - 1];
                best[pos] = best[pos - 1];
                pos--;
            }
            bestDistance[pos] = dj;
            best[pos] = j;
        }

        private boolean before(double dj, int j, double dOther, int other) {
            return dj < dOther || (dj == dOther && j < other);
        }

        /**
         * Distance from the query to the node's box. Never above the computed distance of a point in the box:
         * each gap is at most that point's coordinate difference, and rounding keeps that order.
         */
        private double lowerBound(int node, int self) {
            double s = 0;
            int base = node * d;
            for (int c = 0; c < d; c++) {
                double v = columns[c][self];
                double gap =
                        v < boxLow[base + c] ? boxLow[base + c] - v : v > boxHigh[base + c] ? v - boxHigh[base + c] : 0;
                s += gap * gap;
            }
            return Math.sqrt(s);
        }
    }

    private int rightChild(int node) {
        return rightOf[node];
    }
}
