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
 * <p>The ranks are exactly those of the double distances from the coordinates: an entry whose float is more than
 * one float step away from the neighbour's distance is on the same side of it in double precision too (float
 * steps are 6e-8 relative, the product's error below 1e-10), and the few within one step are compared again in
 * double precision from the coordinates, equal distances ordered by row index as {@link Trustworthiness} orders
 * them. Without a table (it would not fit), {@link #trustworthiness} makes one more pass over the distances,
 * counting the same way chunk by chunk.
 *
 * <p>With every row a query, the first pass is a {@link SymmetricPass}: each pair once, half the products.
 * Otherwise each pass measures blocks of up to {@link #QUERY_BLOCK} query rows against chunks of
 * {@link PairwiseDistances#PRODUCT_CHUNK} rows: one efficient matrix product each, and memory bounded by the block,
 * however many rows there are.
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
     * roundings, or null when no table is kept. Distances are never negative, and the bits of non-negative floats
     * are ordered as the floats are: comparisons become integer arithmetic, which the JIT vectorises.
     */
    private final DistanceTable table;
    /** Column p (of the table, of {@link #distances}) is row order[p]: rows sorted by class; null: row p. */
    private final int[] order;
    /** The inverse of order: row i is column position[i]; null with order. */
    private final int[] position;
    /** The rows in that order, for the passes that come later. */
    private final PairwiseDistances distances;
    /** The query rows' positions in that order. */
    private final int[] sortedQueries;

    private OriginalDistances(
            Matrix x, int[] queries, boolean allRows, Silhouette.ClassLayout layout, long maxTableValues, String what) {
        this.x = x;
        this.queries = queries;
        this.allRows = allRows;
        int n = x.rows();
        this.order = layout == null ? null : layout.order();
        this.position = layout == null ? null : layout.positionsOf(identity(n));
        this.sortedQueries = layout == null ? queries : layout.positionsOf(queries);
        this.distances = new PairwiseDistances(layout == null ? x : x.selectRows(order), what);
        boolean keep = (long) queries.length * n <= maxTableValues && fitsInMemory((long) queries.length * n);
        this.table = keep ? new DistanceTable(queries.length, n) : null;
        double total = 0;
        if (layout == null && table == null) {
            // Nothing to keep: trustworthiness makes its own pass.
        } else if (isEveryRow(queries, n) && (layout == null || classSumsFit(layout.classCount(), n))) {
            // Every row against every row: each pair once. Query q is row q, as the table's rows are.
            double[] coefficients = SymmetricPass.run(distances, layout, table);
            for (int q = 0; coefficients != null && q < n; q++) {
                total += coefficients[q];
            }
        } else {
            for (double t : run(distances, layout, sortedQueries, queries, table, null, null, 0)) {
                total += t;
            }
        }
        this.silhouette = layout == null ? null : total / queries.length;
    }

    /** Most class sums the symmetric pass keeps (one set per part and one along the rows): 256 MB. */
    static final long MAX_CLASS_SUM_VALUES = 1L << 25;

    private static boolean classSumsFit(int classes, int n) {
        return (long) (Parts.COUNT + 1) * classes * n <= MAX_CLASS_SUM_VALUES;
    }

    private static boolean isEveryRow(int[] queries, int n) {
        if (queries.length != n) {
            return false;
        }
        for (int q = 0; q < n; q++) {
            if (queries[q] != q) {
                return false;
            }
        }
        return true;
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
        if (!allRows && queries.length == 0) {
            throw new IllegalArgumentException("the scores need at least one query row");
        }
        Silhouette.ClassLayout layout =
                Silhouette.isDefinedFor(labels, n) ? Silhouette.ClassLayout.of(x, labels) : null;
        return new OriginalDistances(
                x, allRows ? identity(n) : queries, allRows, layout, maxTableValues, "original data");
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
     * every row as a query, else {@link Trustworthiness#sampled} on the query rows. From the kept distances when
     * there are any, else from one more pass over the original distances.
     */
    public double trustworthiness(Matrix embedded, int k) {
        Trustworthiness.requireComparable(x, embedded, k);
        int n = x.rows();
        int m = queries.length;
        int[] neighbours = allRows
                ? NearestNeighbors.of(embedded, "embedding", k)
                : NearestNeighbors.of(embedded, "embedding", queries, k);
        long penalty = 0;
        if (table != null) {
            for (long part : Parts.split(m, range -> {
                NeighbourRanks ranks = newRanks(k);
                long sum = 0;
                for (int q = range.from(); q < range.to(); q++) {
                    io.latentlab.core.concurrent.Cancellation.check();
                    ranks.start(queries[q], neighbours, q * k);
                    ranks.count(table.rows(q), table.offset(q), 0, n);
                    sum += ranks.penalty();
                }
                return sum;
            })) {
                penalty += part;
            }
        } else {
            for (double part : ranksPass(neighbours, k)) {
                penalty += (long) part;
            }
        }
        return Trustworthiness.fromPenalty(penalty, n, m, k);
    }

    /** A row's ranks among its original distances, counted by {@link NeighbourRanks}. */
    private NeighbourRanks newRanks(int k) {
        return new NeighbourRanks(x, order, position, k);
    }

    /** Query rows measured against the column chunks at once: enough for an efficient product, 2 MB a block. */
    static final int QUERY_BLOCK = 256;

    /** The ranks pass of {@link #trustworthiness} without a table: per part, the sum of the penalties. */
    private List<Double> ranksPass(int[] neighbours, int k) {
        return run(distances, null, sortedQueries, queries, null, this, neighbours, k);
    }

    /**
     * {@link Silhouette#sampled}: the silhouette of the query rows (each against all rows) by this pass, without
     * a table; non-finite values are reported as those of {@code x}.
     */
    static double silhouette(Matrix x, Silhouette.ClassLayout layout, int[] queries) {
        return new OriginalDistances(x, queries, false, layout, 0, "x").silhouette;
    }

    /**
     * The one pass: the distances of each query row to every row, in two parts side by side, query blocks
     * against chunks of columns; each row's silhouette coefficient is added up (when {@code layout} is set), its
     * distances go into {@code table} (when set) and its neighbours' ranks are counted (when {@code ranked} is
     * set). Returns per part the sum of the coefficients or of the penalties.
     */
    private static List<Double> run(
            PairwiseDistances shared,
            Silhouette.ClassLayout layout,
            int[] sortedQueries,
            int[] queries,
            DistanceTable table,
            OriginalDistances ranked,
            int[] neighbours,
            int k) {
        int n = shared.size();
        int chunk = PairwiseDistances.PRODUCT_CHUNK;
        return Parts.split(queries.length, part -> {
            PairwiseDistances distances = part.part() == 0 ? shared : shared.forAnotherThread();
            int blockRows = Math.min(QUERY_BLOCK, Math.max(1, part.to() - part.from()));
            double[] block = new double[blockRows * chunk];
            int[] bits = ranked == null ? null : new int[blockRows * chunk];
            int classes = layout == null ? 0 : layout.classCount();
            double[] sums = new double[blockRows * classes];
            double[] perClass = new double[classes];
            NeighbourRanks[] ranks = ranked == null ? null : new NeighbourRanks[blockRows];
            double total = 0;
            for (int first = part.from(); first < part.to(); first += blockRows) {
                int count = Math.min(blockRows, part.to() - first);
                PairwiseDistances.Selected selected = distances.select(sortedQueries, first, count);
                java.util.Arrays.fill(sums, 0.0);
                for (int r = 0; ranks != null && r < count; r++) {
                    if (ranks[r] == null) {
                        ranks[r] = ranked.newRanks(k);
                    }
                    ranks[r].start(queries[first + r], neighbours, (first + r) * k);
                }
                for (int c0 = 0; c0 < n; c0 += chunk) {
                    int width = Math.min(chunk, n - c0);
                    selected.distancesTo(c0, width, block);
                    for (int r = 0; r < count; r++) {
                        int offset = r * width;
                        if (layout != null) {
                            layout.addClassSums(block, offset, c0, width, sums, r * classes);
                        }
                        if (table != null) {
                            SymmetricPass.toBits(
                                    block, offset, width, table.rows(first + r), table.offset(first + r) + c0);
                        }
                        if (ranks != null) {
                            SymmetricPass.toBits(block, offset, width, bits, offset);
                            ranks[r].count(bits, offset, c0, width);
                        }
                    }
                }
                for (int r = 0; r < count; r++) {
                    if (layout != null) {
                        total += layout.coefficientFromSums(sums, r * classes, queries[first + r], perClass);
                    }
                    if (ranks != null) {
                        total += ranks[r].penalty();
                    }
                }
            }
            return total;
        });
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
