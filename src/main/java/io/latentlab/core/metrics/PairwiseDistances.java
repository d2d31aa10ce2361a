package io.latentlab.core.metrics;

import io.latentlab.core.concurrent.Cancellation;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import java.nio.DoubleBuffer;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Euclidean distances between the rows of one matrix, handed out one rectangular block at a time so that
 * memory stays proportional to the block, never to n x n.
 *
 * <p>Two ways to fill a block:
 * <ul>
 *   <li>Up to {@link #DIRECT_MAX_COLUMNS} columns (2-D embeddings, for instance) distances are summed straight
 *       from the coordinates: exact, and faster than a matrix product with such a small inner dimension.</li>
 *   <li>With more columns a block is {@code sqrt(|x|^2 + |y|^2 - 2 x.y)} with one ND4J matrix product, which is
 *       what makes the metrics fast. That form cancels when two points are close compared with their distance
 *       from the origin, so the data is centred first (smaller norms), and any entry whose squared distance is at
 *       most {@link #CANCELLATION_RATIO} times {@code |x|^2 + |y|^2} is recomputed from the coordinates. Exact
 *       duplicates therefore get exactly 0, and other entries keep a relative error of about
 *       {@code 1e-16 / CANCELLATION_RATIO} at worst (far less in practice).</li>
 * </ul>
 *
 * <p>Not thread-safe: it reuses its product buffers between calls.
 */
final class PairwiseDistances {

    /** Squared distances at most this fraction of {@code |x|^2 + |y|^2} are recomputed exactly. */
    static final double CANCELLATION_RATIO = 1e-6;

    /** Up to this many columns distances are summed directly; measured break-even with the product at about 8. */
    static final int DIRECT_MAX_COLUMNS = 8;

    /** Widest matrix product computed at once; see {@link #block}. */
    static final int PRODUCT_CHUNK = 1024;

    /** Upper bound on the values in one block handed to a caller (16 MB of doubles). */
    static final int MAX_BLOCK_VALUES = 1 << 21;

    private final int n;
    private final int d;
    private final double[] original;
    /** Direct path: the coordinates column by column. Null on the matrix-product path. */
    private final double[][] columns;
    /** Product path: squared norms of the centred rows, and the centred rows in ND4J. Null on the direct path. */
    private final double[] squaredNorms;

    private final INDArray centredNd;
    private final Map<Long, INDArray> productBuffers = new HashMap<>();

    /**
     * @param x    n x d points, one per row; must be finite and have at least one column
     * @param what what the points are, for error messages ("x", "embedding")
     */
    PairwiseDistances(Matrix x, String what) {
        if (x == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (x.cols() == 0) {
            throw new IllegalArgumentException(
                    what + " has " + x.rows() + " rows but no columns; need at least one feature");
        }
        requireFinite(x, what);
        n = x.rows();
        d = x.cols();
        original = x.data();
        if (d <= DIRECT_MAX_COLUMNS || n == 0) {
            columns = new double[d][];
            for (int c = 0; c < d; c++) {
                columns[c] = x.column(c);
            }
            squaredNorms = null;
            centredNd = null;
        } else {
            columns = null;
            double[] centred = centreColumns(x);
            squaredNorms = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int c = i * d, end = c + d; c < end; c++) {
                    s += centred[c] * centred[c];
                }
                squaredNorms[i] = s;
            }
            Nd4jRuntime.ensureConfigured();
            centredNd = Nd4j.create(centred, new long[] {n, d}, DataType.DOUBLE);
        }
    }

    /** The same points, sharing this one's data but with buffers of its own: one per thread. */
    private PairwiseDistances(PairwiseDistances shared) {
        n = shared.n;
        d = shared.d;
        original = shared.original;
        columns = shared.columns;
        squaredNorms = shared.squaredNorms;
        centredNd = shared.centredNd;
    }

    /** Another view of the same points for another thread (each instance reuses its own product buffers). */
    PairwiseDistances forAnotherThread() {
        return new PairwiseDistances(this);
    }

    /** Number of points (rows). */
    int size() {
        return n;
    }

    /** Number of coordinates of each point (columns). */
    int dimensions() {
        return d;
    }

    /** How many rows {@link #rowsToAll} may be asked for at once while staying within {@link #MAX_BLOCK_VALUES}. */
    int rowBlockSize() {
        return Math.max(1, Math.min(n, MAX_BLOCK_VALUES / Math.max(1, n)));
    }

    /**
     * Distances from rows {@code [firstRow, firstRow + rowCount)} to every row, written row-major into
     * {@code out} ({@code rowCount x size()} values).
     */
    void rowsToAll(int firstRow, int rowCount, double[] out) {
        block(firstRow, rowCount, 0, n, out);
    }

    /**
     * Distances from rows {@code [firstRow, firstRow + rowCount)} to rows {@code [firstCol, firstCol + colCount)},
     * written row-major into {@code out} ({@code rowCount x colCount} values).
     */
    void block(int firstRow, int rowCount, int firstCol, int colCount, double[] out) {
        Cancellation.check();
        if (rowCount == 0 || colCount == 0) {
            return;
        }
        if (columns != null) {
            directBlock(firstRow, rowCount, firstCol, colCount, out, 0);
            return;
        }
        INDArray rows = centredNd.get(NDArrayIndex.interval(firstRow, firstRow + rowCount), NDArrayIndex.all());
        // Wide blocks go through the product in column chunks: one product against all n rows would repack
        // the whole data set for every call and leave the result far out of cache.
        for (int c0 = 0; c0 < colCount; c0 += PRODUCT_CHUNK) {
            int chunk = Math.min(PRODUCT_CHUNK, colCount - c0);
            int from = firstCol + c0;
            INDArray cols = centredNd.get(NDArrayIndex.interval(from, from + chunk), NDArrayIndex.all());
            INDArray dots = productBuffer(rowCount, chunk);
            Nd4j.gemm(rows, cols, dots, false, true, 1.0, 0.0);
            DoubleBuffer products = dots.data().asNioDouble();
            for (int r = 0; r < rowCount; r++) {
                int offset = r * colCount + c0;
                products.get(r * chunk, out, offset, chunk);
                toDistances(out, offset, firstRow + r, from, chunk);
            }
        }
    }

    /**
     * Distances from the rows {@code rows[from .. from + count)} (any row indices) to every row, written row-major
     * into {@code out} ({@code count x size()} values): what a sampled score needs for its query rows.
     */
    void selectedToAll(int[] rows, int from, int count, double[] out) {
        Cancellation.check();
        if (count == 0) {
            return;
        }
        if (columns != null) {
            for (int r = 0; r < count; r++) {
                directBlock(rows[from + r], 1, 0, n, out, r * n);
            }
            return;
        }
        int[] picked = java.util.Arrays.copyOfRange(rows, from, from + count);
        INDArray selected = centredNd.getRows(picked);
        for (int c0 = 0; c0 < n; c0 += PRODUCT_CHUNK) {
            int chunk = Math.min(PRODUCT_CHUNK, n - c0);
            INDArray cols = centredNd.get(NDArrayIndex.interval(c0, c0 + chunk), NDArrayIndex.all());
            INDArray dots = productBuffer(count, chunk);
            Nd4j.gemm(selected, cols, dots, false, true, 1.0, 0.0);
            DoubleBuffer products = dots.data().asNioDouble();
            for (int r = 0; r < count; r++) {
                int offset = r * n + c0;
                products.get(r * chunk, out, offset, chunk);
                toDistances(out, offset, picked[r], c0, chunk);
            }
        }
    }

    /**
     * The rows {@code rows[from .. from + count)} (any row indices), gathered once so that their distances to
     * one chunk of columns after another are each a single matrix product: a query block of a sampled score
     * against all n rows, without a count x n block in memory.
     */
    Selected select(int[] rows, int from, int count) {
        int[] picked = java.util.Arrays.copyOfRange(rows, from, from + count);
        return new Selected(picked, columns == null && count > 0 ? centredNd.getRows(picked) : null);
    }

    /** Rows chosen by {@link #select}; uses its {@link PairwiseDistances}' buffers (same thread only). */
    final class Selected {
        private final int[] rows;
        private final INDArray nd;

        private Selected(int[] rows, INDArray nd) {
            this.rows = rows;
            this.nd = nd;
        }

        int count() {
            return rows.length;
        }

        /**
         * Distances from these rows to rows {@code [firstCol, firstCol + colCount)}, at most
         * {@link #PRODUCT_CHUNK} of them, written row-major into {@code out} ({@code count() x colCount}).
         */
        void distancesTo(int firstCol, int colCount, double[] out) {
            Cancellation.check();
            if (rows.length == 0 || colCount == 0) {
                return;
            }
            if (colCount > PRODUCT_CHUNK) {
                throw new IllegalArgumentException("at most " + PRODUCT_CHUNK + " columns at once, got " + colCount);
            }
            if (columns != null) {
                for (int r = 0; r < rows.length; r++) {
                    directBlock(rows[r], 1, firstCol, colCount, out, r * colCount);
                }
                return;
            }
            INDArray cols = centredNd.get(NDArrayIndex.interval(firstCol, firstCol + colCount), NDArrayIndex.all());
            INDArray dots = productBuffer(rows.length, colCount);
            Nd4j.gemm(nd, cols, dots, false, true, 1.0, 0.0);
            dots.data().asNioDouble().get(0, out, 0, rows.length * colCount);
            for (int r = 0; r < rows.length; r++) {
                toDistances(out, r * colCount, rows[r], firstCol, colCount);
            }
        }
    }

    /** Column by column, so each inner loop is a plain vectorisable pass over contiguous values. */
    private void directBlock(int firstRow, int rowCount, int firstCol, int colCount, double[] out, int outOffset) {
        for (int r = 0; r < rowCount; r++) {
            int offset = outOffset + r * colCount;
            int i = firstRow + r;
            double[] column = columns[0];
            double xi = column[i];
            for (int c = 0; c < colCount; c++) {
                double diff = xi - column[firstCol + c];
                out[offset + c] = diff * diff;
            }
            for (int k = 1; k < d; k++) {
                column = columns[k];
                xi = column[i];
                for (int c = 0; c < colCount; c++) {
                    double diff = xi - column[firstCol + c];
                    out[offset + c] += diff * diff;
                }
            }
            for (int c = 0; c < colCount; c++) {
                out[offset + c] = Math.sqrt(out[offset + c]);
            }
        }
    }

    /**
     * Turns one row of dot products into distances. Written as three simple loops rather than one so that the
     * JIT can vectorise the first and the last; the middle one only looks for entries that need recomputing.
     */
    private void toDistances(double[] row, int offset, int i, int firstCol, int colCount) {
        double normI = squaredNorms[i];
        double margin = Double.POSITIVE_INFINITY;
        for (int c = 0; c < colCount; c++) {
            double normSum = normI + squaredNorms[firstCol + c];
            double squared = normSum - 2.0 * row[offset + c];
            row[offset + c] = squared;
            margin = Math.min(margin, squared - CANCELLATION_RATIO * normSum);
        }
        // "<=" also catches negative results and the 0 <= 0 case of two points at the centroid.
        if (margin <= 0) {
            for (int c = 0; c < colCount; c++) {
                double normSum = normI + squaredNorms[firstCol + c];
                if (row[offset + c] <= CANCELLATION_RATIO * normSum) {
                    row[offset + c] = exactSquaredDistance(i, firstCol + c);
                }
            }
        }
        for (int c = 0; c < colCount; c++) {
            row[offset + c] = Math.sqrt(row[offset + c]);
        }
    }

    /**
     * From the caller's coordinates, not the centred ones: centring rounds each coordinate to the precision of its
     * distance from the centroid, which would blur two near-duplicates that sit far from it.
     */
    private double exactSquaredDistance(int i, int j) {
        double s = 0;
        int a = i * d;
        int b = j * d;
        for (int c = 0; c < d; c++) {
            double diff = original[a + c] - original[b + c];
            s += diff * diff;
        }
        return s;
    }

    private INDArray productBuffer(int rows, int cols) {
        // Only a handful of shapes occur (full blocks and the ragged last ones), so caching them by shape is cheap.
        return productBuffers.computeIfAbsent(
                ((long) rows << 32) | cols, key -> Nd4j.createUninitialized(DataType.DOUBLE, rows, cols));
    }

    private static void requireFinite(Matrix x, String what) {
        double[] data = x.data();
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                throw new IllegalArgumentException(what + " has a non-finite value " + data[k] + " at row "
                        + k / x.cols() + ", column " + k % x.cols());
            }
        }
    }

    private static double[] centreColumns(Matrix x) {
        int rows = x.rows();
        int cols = x.cols();
        double[] data = x.data();
        double[] means = new double[cols];
        for (int k = 0; k < data.length; k++) {
            means[k % cols] += data[k];
        }
        for (int c = 0; c < cols; c++) {
            means[c] /= rows;
        }
        double[] out = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            out[k] = data[k] - means[k % cols];
        }
        return out;
    }
}
