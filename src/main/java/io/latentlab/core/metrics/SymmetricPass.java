package io.latentlab.core.metrics;

import io.latentlab.core.concurrent.Parts;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row's distances to every row with each pair computed once: square tiles on and above the diagonal, each
 * feeding both its rows and, mirrored, its columns. That halves the matrix products, which are most of the cost
 * of an exact score in many dimensions.
 *
 * <p>Two things are fed from the tiles: each row's sums of distances to each class, for its silhouette
 * coefficient (rows are in class order, so a class is a contiguous run of columns), and a {@link DistanceTable}
 * of every row's distances as the bits of their float32 roundings.
 *
 * <p>The tile rows are dealt to {@link Parts#COUNT} parts in a fixed snake order (0, 1, 1, 0, 0, 1, ...), which
 * evens out the triangle's shrinking rows. A row's sums along its own tile row are all added by one part, in
 * column order; the mirrored sums each part adds go into arrays of its own, added in part order at the end. So
 * the coefficients are the same on every machine, and the same whether the parts ran side by side or in turn.
 */
final class SymmetricPass {

    /** Side of the square tiles: 2 MB of distances each, large enough to keep the matrix product efficient. */
    static final int TILE = 512;

    /**
     * Below this many multiply-adds (n^2 d / 2, about 0.03 s on one core) the parts take turns on the calling
     * thread: a small score (the window's live silhouette of 5,000 2-D points, 2.5e7) is then not worth a second
     * core that training uses. The notebook's 4,000 test rows in 50-D (4e8) are.
     */
    static final double SIDE_BY_SIDE_MIN_WORK = 1 << 27;

    /**
     * Each thread's tile, kept between passes: at 2 MB it is a humongous object for G1 (half a region or more), and
     * allocating a fresh one for every live silhouette started a concurrent marking cycle each time, whose work
     * took a core from the window and from training on a two-core machine.
     */
    private static final ThreadLocal<double[]> TILES = ThreadLocal.withInitial(() -> new double[TILE * TILE]);

    private SymmetricPass() {}

    /**
     * @param distances the rows, in {@code layout}'s class order when it is set
     * @param layout    the rows' classes, or null: no coefficients
     * @param table     receives every row's distances to every row (table row: the original row; columns: the
     *                  order of {@code distances}), or null
     * @return each original row's silhouette coefficient, or null without {@code layout}
     */
    static double[] run(PairwiseDistances distances, Silhouette.ClassLayout layout, DistanceTable table) {
        int n = distances.size();
        return run(distances, layout, table, (double) n * n * distances.dimensions() / 2 >= SIDE_BY_SIDE_MIN_WORK);
    }

    /** Like {@link #run(PairwiseDistances, Silhouette.ClassLayout, DistanceTable)}; the parts side by side or not. */
    static double[] run(
            PairwiseDistances distances, Silhouette.ClassLayout layout, DistanceTable table, boolean sideBySide) {
        int n = distances.size();
        int k = layout == null ? 0 : layout.classCount();
        double[] rowSums = new double[n * k];
        List<double[][]> mirrored;
        if (sideBySide) {
            mirrored = Parts.run(
                    n,
                    p -> new Parts.Range(p, 0, n),
                    range -> part(
                            range.part(),
                            range.part() == 0 ? distances : distances.forAnotherThread(),
                            layout,
                            table,
                            rowSums));
        } else {
            mirrored = new ArrayList<>();
            for (int p = 0; p < Parts.COUNT; p++) {
                mirrored.add(part(p, distances, layout, table, rowSums));
            }
        }
        if (layout == null) {
            return null;
        }
        double[] coefficients = new double[n];
        double[] perClass = new double[k];
        int[] order = layout.order();
        for (int p = 0; p < n; p++) {
            for (int c = 0; c < k; c++) {
                double sum = rowSums[p * k + c];
                for (double[][] part : mirrored) {
                    sum += part[c][p];
                }
                perClass[c] = sum;
            }
            coefficients[order[p]] = layout.coefficient(perClass, order[p]);
        }
        return coefficients;
    }

    /** The part that computes tile row t. */
    static int partOf(int tileRow) {
        return ((tileRow + 1) / 2) % Parts.COUNT;
    }

    /** One part's tile rows; returns its mirrored sums (class by sorted row), null without a layout. */
    private static double[][] part(
            int part,
            PairwiseDistances distances,
            Silhouette.ClassLayout layout,
            DistanceTable table,
            double[] rowSums) {
        int n = distances.size();
        int k = layout == null ? 0 : layout.classCount();
        int[] order = layout == null ? null : layout.order();
        double[][] mirrored = layout == null ? null : new double[k][n];
        double[] tile = TILES.get(); // fully overwritten by each block before it is read
        int[] bits = table == null ? null : new int[TILE * TILE];
        int[][] targets = new int[MIRROR_BLOCK][];
        int[] offsets = new int[MIRROR_BLOCK];
        for (int t = 0; t * TILE < n; t++) {
            if (partOf(t) != part) {
                continue;
            }
            int r0 = t * TILE;
            int rows = Math.min(TILE, n - r0);
            for (int c0 = r0; c0 < n; c0 += TILE) {
                int cols = Math.min(TILE, n - c0);
                distances.block(r0, rows, c0, cols, tile);
                boolean offDiagonal = c0 != r0;
                if (layout != null) {
                    for (int r = 0; r < rows; r++) {
                        layout.addClassSums(tile, r * cols, c0, cols, rowSums, (r0 + r) * k);
                    }
                    for (int r = 0; offDiagonal && r < rows; r++) {
                        // Tile row r is one member of its class as seen from each of the tile's columns.
                        double[] target = mirrored[layout.classAt(r0 + r)];
                        int base = r * cols;
                        for (int c = 0; c < cols; c++) {
                            target[c0 + c] += tile[base + c];
                        }
                    }
                }
                if (table != null) {
                    toBits(tile, 0, rows * cols, bits, 0);
                    for (int r = 0; r < rows; r++) {
                        int row = order == null ? r0 + r : order[r0 + r];
                        System.arraycopy(bits, r * cols, table.rows(row), table.offset(row) + c0, cols);
                    }
                    if (offDiagonal) {
                        mirror(bits, rows, cols, r0, c0, order, table, targets, offsets);
                    }
                }
            }
        }
        return mirrored;
    }

    /** Columns written to the table at once when mirroring: a few table rows, each written in a run. */
    private static final int MIRROR_BLOCK = 16;

    /** Writes the tile's columns as the table rows of the columns' rows, at the tile's rows' positions. */
    private static void mirror(
            int[] bits,
            int rows,
            int cols,
            int r0,
            int c0,
            int[] order,
            DistanceTable table,
            int[][] targets,
            int[] offsets) {
        for (int j0 = 0; j0 < cols; j0 += MIRROR_BLOCK) {
            int width = Math.min(MIRROR_BLOCK, cols - j0);
            for (int j = 0; j < width; j++) {
                int row = order == null ? c0 + j0 + j : order[c0 + j0 + j];
                targets[j] = table.rows(row);
                offsets[j] = table.offset(row) + r0;
            }
            for (int r = 0; r < rows; r++) {
                int from = r * cols + j0;
                for (int j = 0; j < width; j++) {
                    targets[j][offsets[j] + r] = bits[from + j];
                }
            }
        }
    }

    /**
     * {@code distances[from .. from + count)} as the bits of their float32 roundings, which order as the
     * non-negative distances do, into {@code bits[at ..]}.
     */
    static void toBits(double[] distances, int from, int count, int[] bits, int at) {
        for (int c = 0; c < count; c++) {
            // + 0f: a distance of -0.0 (never expected) would otherwise sort below every other.
            bits[at + c] = Float.floatToRawIntBits((float) distances[from + c] + 0.0f);
        }
    }
}
