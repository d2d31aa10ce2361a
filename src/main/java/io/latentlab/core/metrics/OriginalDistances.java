package io.latentlab.core.metrics;

import io.latentlab.core.concurrent.Parts;
import io.latentlab.core.data.Matrix;
import java.util.List;

/**
 * The one pass over the original (high-dimensional) distances that every score of a data set needs, kept for the
 * scores that come later. The silhouette of the original rows and the trustworthiness of any embedding of them
 * (PCA now, the autoencoder's latent after training) all need each query row's distances to every row; in 784
 * dimensions that product is most of their cost, so it is computed once: the silhouette is taken on the way, and
 * the distances are kept rounded to float32 ({@link #MAX_TABLE_VALUES} at most), from which trustworthiness counts
 * ranks without a second product.
 *
 * <p>The ranks are exactly those of the double distances: an entry whose float is more than one float step away
 * from the neighbour's is on the same side of it in double precision too (float steps are 6e-8 relative, the
 * product's error below 1e-10), and the few within one step are compared again in double precision from the
 * coordinates, equal distances ordered by row index as {@link Trustworthiness} orders them. Without a table (it
 * would not fit), {@link #trustworthiness} computes the distances again through {@link Trustworthiness}.
 *
 * <p>Query rows: every row for exact scores, or a {@link ScoreSample}. The silhouette is then
 * {@link Silhouette#sampled} of these rows, to the last bit.
 */
public final class OriginalDistances {

    /** Largest table kept: 120 million distances (480 MB), e.g. 10,000 x 10,000 rows or 2,000 x 60,000. */
    public static final long MAX_TABLE_VALUES = 120_000_000L;

    private final Matrix x;
    private final int[] queries;
    private final boolean allRows;
    private final Double silhouette;
    /**
     * Row q holds query q's distances to every row, in the order of {@link #order}, as the bits of their float32
     * roundings, or
     * null when no table is kept. Distances are never negative, and the bits of non-negative floats are ordered
     * as the floats are: comparisons become integer arithmetic, which the JIT vectorises.
     */
    private final int[] table;
    /** Column p of the table is row order[p] (rows sorted by class when there are labels); null: row p. */
    private final int[] order;
    /** The inverse of order: row i is column position[i]; null with order. */
    private final int[] position;

    private OriginalDistances(Matrix x, int[] queries, boolean allRows, Double silhouette, int[] table, int[] order) {
        this.x = x;
        this.order = order;
        if (order == null) {
            this.position = null;
        } else {
            this.position = new int[order.length];
            for (int p = 0; p < order.length; p++) {
                position[order[p]] = p;
            }
        }
        this.queries = queries;
        this.allRows = allRows;
        this.silhouette = silhouette;
        this.table = table;
    }

    /**
     * @param x       n x d original rows, finite
     * @param labels  one label per row, or null (no silhouette); with fewer than 2 or more than n-1 classes the
     *                silhouette is null too
     * @param queries the rows asked about, or null for every row
     */
    public static OriginalDistances of(Matrix x, int[] labels, int[] queries) {
        return of(x, labels, queries, MAX_TABLE_VALUES);
    }

    /** Like {@link #of(Matrix, int[], int[])} with a smaller table limit (tests reach the fallback with it). */
    static OriginalDistances of(Matrix x, int[] labels, int[] queries, long maxTableValues) {
        if (x == null) {
            throw new IllegalArgumentException("the original data must not be null");
        }
        int n = x.rows();
        boolean allRows = queries == null;
        int[] asked = allRows ? identity(n) : queries;
        boolean keep = (long) asked.length * n <= maxTableValues && fitsInMemory((long) asked.length * n);
        int[] table = keep ? new int[asked.length * n] : null;
        Silhouette.ClassLayout layout = hasSilhouette(labels, n) ? Silhouette.ClassLayout.of(x, labels) : null;
        double total = scan(x, layout, asked, table);
        Double silhouette = layout == null ? null : total / asked.length;
        return new OriginalDistances(x, asked, allRows, silhouette, table, layout == null ? null : layout.order());
    }

    /** The silhouette of the original rows (of the query rows, each against all rows), or null. */
    public Double silhouette() {
        return silhouette;
    }

    /** True when the distances are kept, so that {@link #trustworthiness} needs no new distances. */
    public boolean kept() {
        return table != null;
    }

    /** The number of rows. */
    public int rows() {
        return x.rows();
    }

    /** True when these are the distances of exactly {@code rows} (the same matrix) and the same query rows. */
    public boolean isFor(Matrix rows, int[] askedRows) {
        return rows == x && (askedRows == null ? allRows : !allRows && java.util.Arrays.equals(askedRows, queries));
    }

    /**
     * The trustworthiness of {@code embedded} (the same rows, row for row): {@link Trustworthiness#compute} with
     * every row as a query, else {@link Trustworthiness#sampled} on the query rows.
     */
    public double trustworthiness(Matrix embedded, int k) {
        if (table == null) {
            return allRows ? Trustworthiness.compute(x, embedded, k) : Trustworthiness.sampled(x, embedded, k, queries);
        }
        Trustworthiness.requireComparable(x, embedded, k);
        int n = x.rows();
        int m = queries.length;
        int[] neighbours = allRows
                ? NearestNeighbors.of(embedded, "embedding", k)
                : NearestNeighbors.of(embedded, "embedding", queries, k);
        long penalty = 0;
        for (long part : Parts.split(m, range -> {
            long sum = 0;
            for (int q = range.from(); q < range.to(); q++) {
                io.latentlab.core.concurrent.Cancellation.check();
                for (int s = 0; s < k; s++) {
                    sum += Math.max(0, rank(q, neighbours[q * k + s]) - k);
                }
            }
            return sum;
        })) {
            penalty += part;
        }
        return Trustworthiness.fromPenalty(penalty, n, m, k);
    }

    /**
     * 1 + the number of rows other than query q's own that come before row j in q's ordering: strictly closer, or
     * as close with a smaller index. Two branch-free counts over the floats; only the rows within one float step
     * of j's distance are looked at again.
     */
    private int rank(int q, int j) {
        int n = x.rows();
        int self = queries[q];
        int base = q * n;
        int t = table[base + column(j)];
        // The band of floats within one step of j's: [lo, hi]; below 0 there are none.
        int lo = t == 0 ? 0 : t - 1;
        int hiPlusOne = t + 2;
        int below = 0;
        int upTo = 0;
        for (int l = base, end = base + n; l < end; l++) {
            int v = table[l];
            below += (v - lo) >>> 31;
            upTo += (v - hiPlusOne) >>> 31;
        }
        int own = table[base + column(self)];
        boolean selfBelow = own < lo;
        int before = below - (selfBelow ? 1 : 0);
        // j itself is always within the band, and so is the query row when its own distance (0) is.
        int others = upTo - below - 1 - (!selfBelow && own < hiPlusOne ? 1 : 0);
        if (others > 0) {
            double dj = exactDistance(self, j);
            for (int p = 0; p < n; p++) {
                int v = table[base + p];
                int l = order == null ? p : order[p];
                if (v >= lo && v < hiPlusOne && l != j && l != self) {
                    double dl = exactDistance(self, l);
                    before += dl < dj || (dl == dj && l < j) ? 1 : 0;
                }
            }
        }
        return 1 + before;
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

    /**
     * The one pass: the distances of each query row to every row, in two parts side by side; each row's
     * silhouette coefficient is added up (when {@code layout} is set) and its distances go into {@code table}
     * (when set). Returns the sum of the coefficients, the parts added in part order.
     */
    static double scan(Matrix x, Silhouette.ClassLayout layout, int[] queries, int[] table) {
        int n = x.rows();
        // With labels the columns are sorted by class, so that a row's distances to one class are contiguous.
        int[] order = layout == null ? null : layout.order();
        int[] sortedQueries = layout == null ? queries : layout.positionsOf(queries);
        PairwiseDistances shared = new PairwiseDistances(layout == null ? x : x.selectRows(order), "x");
        List<Double> totals = Parts.split(queries.length, part -> {
            PairwiseDistances distances = part.part() == 0 ? shared : shared.forAnotherThread();
            int blockRows = distances.rowBlockSize();
            double[] block = new double[blockRows * n];
            double[] perClass = layout == null ? null : new double[layout.classCount()];
            double total = 0;
            for (int first = part.from(); first < part.to(); first += blockRows) {
                int count = Math.min(blockRows, part.to() - first);
                distances.selectedToAll(sortedQueries, first, count, block);
                for (int r = 0; r < count; r++) {
                    int q = first + r;
                    if (layout != null) {
                        total += layout.coefficient(block, r * n, queries[q], perClass);
                    }
                    if (table != null) {
                        keep(block, r * n, n, table, q * n);
                    }
                }
            }
            return total;
        });
        double total = 0;
        for (double t : totals) {
            total += t;
        }
        return total;
    }

    private static void keep(double[] row, int offset, int n, int[] table, int base) {
        for (int c = 0; c < n; c++) {
            // + 0f: a distance of -0.0 (never expected) would otherwise sort below every other.
            table[base + c] = Float.floatToRawIntBits((float) row[offset + c] + 0.0f);
        }
    }

    private static boolean hasSilhouette(int[] labels, int n) {
        if (labels == null) {
            return false;
        }
        long distinct = java.util.Arrays.stream(labels).distinct().count();
        return distinct >= 2 && distinct <= n - 1;
    }

    /** Leaves room: the table may take at most half of what the heap could still give. */
    private static boolean fitsInMemory(long values) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return values * Integer.BYTES <= free / 2;
    }

    private static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }
}
