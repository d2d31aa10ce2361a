package io.latentlab.core.metrics;

/**
 * The distances {@link OriginalDistances} keeps, as the bits of their float32 roundings, {@link #ROWS_PER_ARRAY}
 * query rows to an array: many arrays of a few megabytes instead of one of hundreds, which the collector would
 * have to find contiguous room for.
 */
final class DistanceTable {
    static final int ROWS_PER_ARRAY = 64;
    private final int[][] arrays;
    private final int n;

    DistanceTable(int queries, int n) {
        this.n = n;
        this.arrays = new int[(queries + ROWS_PER_ARRAY - 1) / ROWS_PER_ARRAY][];
        for (int a = 0; a < arrays.length; a++) {
            arrays[a] = new int[Math.min(ROWS_PER_ARRAY, queries - a * ROWS_PER_ARRAY) * n];
        }
    }

    /** The array holding query row q. */
    int[] rows(int q) {
        return arrays[q / ROWS_PER_ARRAY];
    }

    /** Where query row q starts in {@link #rows}. */
    int offset(int q) {
        return (q % ROWS_PER_ARRAY) * n;
    }
}
