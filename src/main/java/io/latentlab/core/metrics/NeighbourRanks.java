package io.latentlab.core.metrics;

import io.latentlab.core.data.Matrix;

/**
 * The ranks of one query row's k embedded neighbours among its original distances, counted from the float32
 * bits of those distances one segment of columns at a time. Each neighbour j's own distance is taken from the
 * coordinates; the rows more than one float step below it come first for sure (float steps are 6e-8
 * relative, the distances' error below 1e-10), and the few within one step are compared in double precision
 * from the coordinates, equal distances ordered by row index.
 */
final class NeighbourRanks {
    private final Matrix x;
    /** Column p holds row order[p]; null: row p. */
    private final int[] order;
    /** The inverse of order; null with it. */
    private final int[] position;

    private final int k;
    private final int[] neighbour;
    private final double[] distance;
    private final int[] low;
    private final int[] highPlusOne;
    private final int[] before;
    private final int[] neighbourColumn;
    private int self;
    private int selfColumn;

    NeighbourRanks(Matrix x, int[] order, int[] position, int k) {
        this.x = x;
        this.order = order;
        this.position = position;
        this.k = k;
        neighbour = new int[k];
        distance = new double[k];
        low = new int[k];
        highPlusOne = new int[k];
        before = new int[k];
        neighbourColumn = new int[k];
    }

    void start(int queryRow, int[] neighbours, int offset) {
        self = queryRow;
        selfColumn = column(queryRow);
        for (int s = 0; s < k; s++) {
            int j = neighbours[offset + s];
            neighbour[s] = j;
            neighbourColumn[s] = column(j);
            distance[s] = exactDistance(self, j);
            int t = Float.floatToRawIntBits((float) distance[s] + 0.0f);
            // The band of floats within one step of j's distance: [t - 1, t + 1]; none lies below 0.
            low[s] = t == 0 ? 0 : t - 1;
            highPlusOne[s] = t + 2;
            before[s] = 0;
        }
    }

    /** Counts the columns {@code [firstCol, firstCol + count)}, whose bits are at {@code bits[offset..]}. */
    void count(int[] bits, int offset, int firstCol, int count) {
        for (int s = 0; s < k; s++) {
            int lo = low[s];
            int hp1 = highPlusOne[s];
            int below = 0;
            int upTo = 0;
            for (int l = offset, end = offset + count; l < end; l++) {
                int v = bits[l];
                below += (v - lo) >>> 31;
                upTo += (v - hp1) >>> 31;
            }
            int inBand = upTo - below;
            // Neither j nor the query row comes before j; j is within its own band, the query row (at 0)
            // below it or, when the band starts at 0, within it.
            int j = where(bits, offset, firstCol, count, neighbourColumn[s], lo, hp1);
            int own = where(bits, offset, firstCol, count, selfColumn, lo, hp1);
            below -= (j == BELOW ? 1 : 0) + (own == BELOW ? 1 : 0);
            inBand -= (j == IN_BAND ? 1 : 0) + (own == IN_BAND ? 1 : 0);
            before[s] += below;
            if (inBand > 0) {
                before[s] += withinBand(bits, offset, firstCol, count, s);
            }
        }
    }

    private static final int ELSEWHERE = 0;
    private static final int BELOW = 1;
    private static final int IN_BAND = 2;

    /** Where column {@code column}'s value lies against a band, if the segment holds that column at all. */
    private int where(int[] bits, int offset, int firstCol, int count, int column, int lo, int hp1) {
        int at = column - firstCol;
        if (at < 0 || at >= count) {
            return ELSEWHERE;
        }
        int v = bits[offset + at];
        return v < lo ? BELOW : v < hp1 ? IN_BAND : ELSEWHERE;
    }

    /** How many rows within neighbour s's band (not s itself, not the query row) come before it. */
    private int withinBand(int[] bits, int offset, int firstCol, int count, int s) {
        int j = neighbour[s];
        double dj = distance[s];
        int ahead = 0;
        for (int c = 0; c < count; c++) {
            int v = bits[offset + c];
            if (v >= low[s] && v < highPlusOne[s]) {
                int l = order == null ? firstCol + c : order[firstCol + c];
                if (l != j && l != self) {
                    double dl = exactDistance(self, l);
                    ahead += dl < dj || (dl == dj && l < j) ? 1 : 0;
                }
            }
        }
        return ahead;
    }

    /** The sum over the neighbours of their rank's excess over k. */
    long penalty() {
        long sum = 0;
        for (int s = 0; s < k; s++) {
            sum += Math.max(0, 1 + before[s] - k);
        }
        return sum;
    }

    private int column(int row) {
        return position == null ? row : position[row];
    }

    /** From the coordinates, in {@link PairwiseDistances}' order of operations for exact entries. */
    private double exactDistance(int i, int j) {
        int d = x.cols();
        double[] data = x.data();
        double s = 0;
        for (int c = 0, a = i * d, b = j * d; c < d; c++) {
            double diff = data[a + c] - data[b + c];
            s += diff * diff;
        }
        return Math.sqrt(s);
    }
}
