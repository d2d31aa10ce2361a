package io.latentlab.core.metrics;

import io.latentlab.core.data.Matrix;

/**
 * Silhouette coefficients with Euclidean distance, as scikit-learn 1.2.1's {@code silhouette_samples} and
 * {@code silhouette_score} define them.
 *
 * <p>For a sample i with label L: a = mean distance to the other members of L, b = the smallest, over the other
 * labels, of the mean distance to that label's members, and s = (b - a) / max(a, b). Like scikit-learn, a sample
 * that is alone in its label gets s = 0 and still counts in the mean, and 0/0 (all points identical) gives 0.
 *
 * <p>Cost: O(n^2 d) time, O(n k + tile^2) memory for n rows and k labels. Distances come from
 * {@link SymmetricPass}: each pair once, in square tiles, on both cores when the work is large. Rows are first
 * sorted by label so that a row's sum over one label is a sum over a contiguous run of columns.
 */
public final class Silhouette {

    /** Side of the square distance tiles: 2 MB each, large enough to keep the matrix product efficient. */
    static final int TILE = 512;

    private Silhouette() {}

    /**
     * @param x      n x d points, one per row, finite
     * @param labels one label per row; any int values, with between 2 and n-1 distinct values
     * @throws IllegalArgumentException on mismatched lengths, non-finite values, or a label count outside [2, n-1]
     */
    public static SilhouetteResult compute(Matrix x, int[] labels) {
        ClassLayout layout = ClassLayout.of(x, labels);
        double[] samples = SymmetricPass.run(new PairwiseDistances(x.selectRows(layout.order()), "x"), layout, null);
        double total = 0;
        for (double s : samples) {
            total += s;
        }
        return new SilhouetteResult(samples, total / x.rows());
    }

    /**
     * The silhouette score estimated on some rows ({@code queries}, e.g. a stratified {@link ScoreSample}): the
     * mean of their coefficients, each computed against all n rows exactly as {@link #compute} does. Unlike
     * scikit-learn's {@code sample_size} (which also drops the other rows from every mean), only the average is
     * estimated.
     *
     * <p>Cost: O(m n d) for m queries instead of O(n^2 d).
     */
    public static double sampled(Matrix x, int[] labels, int[] queries) {
        ClassLayout layout = ClassLayout.of(x, labels);
        if (queries.length == 0) {
            throw new IllegalArgumentException("a sampled silhouette needs at least one query row");
        }
        // Query rows in parts side by side; the parts' sums are added in part order, so the value is the same
        // on every machine.
        return OriginalDistances.silhouette(x, layout, queries);
    }

    /**
     * The rows sorted by class (stable), so that a row's distances to one class are a contiguous run of columns,
     * and each row's coefficient from such a row of distances.
     */
    static final class ClassLayout {
        private final LabelCodes classes;
        private final int[] order;
        private final int[] position;
        private final int[] classStart;

        private ClassLayout(LabelCodes classes) {
            this.classes = classes;
            this.order = rowsSortedByClass(classes);
            int n = order.length;
            this.position = new int[n];
            for (int p = 0; p < n; p++) {
                position[order[p]] = p;
            }
            int k = classes.classCount();
            this.classStart = new int[k + 1];
            for (int c = 0; c < k; c++) {
                classStart[c + 1] = classStart[c] + classes.classSizes()[c];
            }
        }

        /** @throws IllegalArgumentException as {@link #compute} does for unusable labels */
        static ClassLayout of(Matrix x, int[] labels) {
            return new ClassLayout(classesOf(x, labels));
        }

        /** Sorted position p holds original row {@code order()[p]}. */
        int[] order() {
            return order;
        }

        int classCount() {
            return classes.classCount();
        }

        /** The class of sorted position p. */
        int classAt(int p) {
            return classes.codes()[order[p]];
        }

        /** The sorted positions of the given original rows. */
        int[] positionsOf(int[] rows) {
            int[] out = new int[rows.length];
            for (int q = 0; q < rows.length; q++) {
                out[q] = position[rows[q]];
            }
            return out;
        }

        /**
         * Adds the distances {@code distances[offset .. offset + count)} to the sorted columns
         * {@code [firstCol, firstCol + count)} into their classes' sums, {@code sums[sumsOffset + class]}.
         */
        void addClassSums(double[] distances, int offset, int firstCol, int count, double[] sums, int sumsOffset) {
            int end = firstCol + count;
            int c = classOfPosition(firstCol);
            for (; c < classStart.length - 1 && classStart[c] < end; c++) {
                int from = Math.max(classStart[c], firstCol);
                int to = Math.min(classStart[c + 1], end);
                sums[sumsOffset + c] += sum(distances, offset + from - firstCol, offset + to - firstCol);
            }
        }

        /** The coefficient of original row {@code row} from its sums of distances to each class. */
        double coefficientFromSums(double[] sums, int sumsOffset, int row, double[] perClass) {
            System.arraycopy(sums, sumsOffset, perClass, 0, perClass.length);
            return coefficient(perClass, row);
        }

        /** The coefficient of original row {@code row} from {@code perClass}, its sums of distances to each class. */
        double coefficient(double[] perClass, int row) {
            return Silhouette.coefficient(perClass, classes.codes()[row], classes.classSizes());
        }

        private int classOfPosition(int p) {
            int c = java.util.Arrays.binarySearch(classStart, p);
            // An exact hit is the start of class c (or of a run of empty ones: there are none), else the insertion
            // point - 1.
            return c >= 0 ? c : -c - 2;
        }

        /**
         * The coefficient of original row {@code row} from its distances to every row in sorted order,
         * {@code distances[offset .. offset + n)}; {@code perClass} is scratch of {@link #classCount()} values.
         */
        double coefficient(double[] distances, int offset, int row, double[] perClass) {
            for (int c = 0; c < perClass.length; c++) {
                perClass[c] = sum(distances, offset + classStart[c], offset + classStart[c + 1]);
            }
            return Silhouette.coefficient(perClass, classes.codes()[row], classes.classSizes());
        }
    }

    /**
     * s from a row's distance sums to each class (its own distance to itself, 0, included), in scikit-learn's
     * order of operations.
     */
    private static double coefficient(double[] sums, int ownClass, int[] classSizes) {
        int others = classSizes[ownClass] - 1;
        if (others == 0) {
            return 0.0;
        }
        double a = sums[ownClass] / others;
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < classSizes.length; c++) {
            if (c != ownClass) {
                b = Math.min(b, sums[c] / classSizes[c]);
            }
        }
        double denominator = Math.max(a, b);
        return denominator == 0 ? 0.0 : (b - a) / denominator;
    }

    /** True when {@code labels} (one per row of n) have the 2 to n-1 classes a silhouette needs; false for null. */
    public static boolean isDefinedFor(int[] labels, int n) {
        if (labels == null) {
            return false;
        }
        long distinct = java.util.Arrays.stream(labels).distinct().count();
        return distinct >= 2 && distinct <= n - 1;
    }

    /** The labels as codes, after checking they fit the points and count between 2 and n-1 classes. */
    private static LabelCodes classesOf(Matrix x, int[] labels) {
        if (x == null || labels == null) {
            throw new IllegalArgumentException(
                    "silhouette needs points and labels, got " + (x == null ? "null points" : "null labels"));
        }
        int n = x.rows();
        if (labels.length != n) {
            throw new IllegalArgumentException(
                    "silhouette needs one label per row; got " + labels.length + " labels for " + n + " rows");
        }
        LabelCodes classes = LabelCodes.of(labels);
        int k = classes.classCount();
        if (k < 2 || k > n - 1) {
            throw new IllegalArgumentException("silhouette needs between 2 and n-1 distinct labels; got " + k
                    + (k == 1 ? " label" : " labels") + " for " + n + " rows");
        }
        return classes;
    }

    /** A stable counting sort of row indices by class code. */
    private static int[] rowsSortedByClass(LabelCodes classes) {
        int[] next = new int[classes.classCount()];
        for (int c = 1; c < next.length; c++) {
            next[c] = next[c - 1] + classes.classSizes()[c - 1];
        }
        int[] codes = classes.codes();
        int[] order = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            order[next[codes[i]]++] = i;
        }
        return order;
    }

    /** Four independent accumulators: a single one would make the loop wait on each addition's latency. */
    private static double sum(double[] values, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += values[i];
            s1 += values[i + 1];
            s2 += values[i + 2];
            s3 += values[i + 3];
        }
        for (; i < to; i++) {
            s0 += values[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
