package io.latentlab.core.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A deterministic, stratified sample of row indices: which rows a sampled score asks about. Each class gets its
 * share of the sample in proportion to its size (largest remainders first, at least one row for a class that has
 * rows when the sample allows), the rows within a class are a seeded random choice, and the result is sorted.
 * The same rows, labels, size and seed always give the same sample.
 */
public final class ScoreSample {

    /**
     * Query rows of a sampled score unless told otherwise: the standard error of a mean of silhouette
     * coefficients (each in [-1, 1]) over 2,000 stratified rows is a few thousandths.
     */
    public static final int DEFAULT_ROWS = 2_000;

    private ScoreSample() {}

    /**
     * @param labels class per row, or null (then the sample is a plain random choice of rows)
     * @param rows   number of rows, used when {@code labels} is null
     * @param size   rows wanted; at least {@code rows} gives every row
     * @param seed   seed of the choice
     * @return sorted distinct row indices
     */
    public static int[] of(int[] labels, int rows, int size, long seed) {
        int n = labels == null ? rows : labels.length;
        if (size < 1) {
            throw new IllegalArgumentException("a score sample needs at least one row, got " + size);
        }
        if (size >= n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        if (labels == null) {
            return sorted(choose(identity(n), size, random));
        }
        LabelCodes classes = LabelCodes.of(labels);
        int[] quota = quotas(classes.classSizes(), n, size);
        int[][] members = membersByClass(classes);
        int[] sample = new int[size];
        int filled = 0;
        for (int c = 0; c < members.length; c++) {
            int[] chosen = choose(members[c], quota[c], random);
            System.arraycopy(chosen, 0, sample, filled, chosen.length);
            filled += chosen.length;
        }
        return sorted(sample);
    }

    /** Proportional shares that add up to {@code size}: floors first, then the largest remainders. */
    static int[] quotas(int[] classSizes, int n, int size) {
        int k = classSizes.length;
        int[] quota = new int[k];
        double[] remainder = new double[k];
        int given = 0;
        for (int c = 0; c < k; c++) {
            double exact = (double) classSizes[c] * size / n;
            quota[c] = (int) Math.floor(exact);
            remainder[c] = exact - quota[c];
            given += quota[c];
        }
        Integer[] byRemainder = new Integer[k];
        Arrays.setAll(byRemainder, c -> c);
        // A class with no row yet goes first, so that small classes are represented; ties by class order.
        Arrays.sort(byRemainder, (a, b) -> {
            int emptyFirst = Boolean.compare(quota[b] == 0, quota[a] == 0);
            return emptyFirst != 0 ? emptyFirst : Double.compare(remainder[b], remainder[a]);
        });
        for (int i = 0; given < size; i = (i + 1) % k) {
            int c = byRemainder[i];
            if (quota[c] < classSizes[c]) {
                quota[c]++;
                given++;
            }
        }
        return quota;
    }

    /** The first {@code count} of a seeded partial Fisher-Yates shuffle (the input is not changed). */
    private static int[] choose(int[] from, int count, SplittableRandom random) {
        int[] pool = from.clone();
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return Arrays.copyOf(pool, count);
    }

    private static int[][] membersByClass(LabelCodes classes) {
        int[][] members = new int[classes.classCount()][];
        int[] filled = new int[members.length];
        for (int c = 0; c < members.length; c++) {
            members[c] = new int[classes.classSizes()[c]];
        }
        int[] codes = classes.codes();
        for (int i = 0; i < codes.length; i++) {
            members[codes[i]][filled[codes[i]]++] = i;
        }
        return members;
    }

    private static int[] identity(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return all;
    }

    private static int[] sorted(int[] rows) {
        Arrays.sort(rows);
        return rows;
    }
}
