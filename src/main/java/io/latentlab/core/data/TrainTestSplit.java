package io.latentlab.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits rows into train and test like scikit-learn's {@code train_test_split}: the test part has
 * {@code ceil(testFraction * n)} rows. Without stratification the rows are exactly sklearn's (same NumPy random
 * stream); with stratification each class keeps its share in both parts (our own allocation, not sklearn's rows).
 */
public final class TrainTestSplit {

    /** The two parts, plus the original row index of every row in each part. */
    public record Split(Dataset train, Dataset test, int[] trainRows, int[] testRows) {}

    private TrainTestSplit() {}

    public static Split split(Dataset data, double testFraction, long seed, boolean stratify) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException(
                    "test fraction must be between 0 and 1 (exclusive), got " + testFraction);
        }
        int n = data.rows();
        int nTest = (int) Math.ceil(testFraction * n);
        if (nTest < 2 || n - nTest < 2) {
            throw new IllegalArgumentException("a test fraction of " + testFraction + " on " + n + " rows leaves "
                    + (n - nTest) + " train and " + nTest + " test rows; each part needs at least 2");
        }
        NumpyRandomState random = new NumpyRandomState(seed);
        int[] testRows;
        int[] trainRows;
        if (stratify) {
            if (!data.hasLabels()) {
                throw new IllegalArgumentException("a stratified split needs labels, but " + data.name() + " has none");
            }
            int[][] parts = stratified(data.labels(), data.classCount(), nTest, random);
            trainRows = parts[0];
            testRows = parts[1];
        } else {
            // sklearn's ShuffleSplit: permutation(n) from RandomState(seed); the first n_test rows are the test part.
            int[] perm = random.permutation(n);
            testRows = Arrays.copyOfRange(perm, 0, nTest);
            trainRows = Arrays.copyOfRange(perm, nTest, n);
        }
        return new Split(data.subset(trainRows), data.subset(testRows), trainRows, testRows);
    }

    /** Largest-remainder allocation of test rows per class, then a random pick inside each class. */
    private static int[][] stratified(int[] labels, int classes, int nTest, NumpyRandomState random) {
        int n = labels.length;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byClass.get(labels[i]).add(i);
        }
        int[] quota = new int[classes];
        double[] remainder = new double[classes];
        int assigned = 0;
        for (int c = 0; c < classes; c++) {
            double exact = (double) nTest * byClass.get(c).size() / n;
            quota[c] = (int) Math.floor(exact);
            remainder[c] = exact - quota[c];
            assigned += quota[c];
        }
        while (assigned < nTest) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (quota[c] < byClass.get(c).size() && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            assigned++;
        }
        int[] test = new int[nTest];
        int[] train = new int[n - nTest];
        int t = 0;
        int r = 0;
        for (int c = 0; c < classes; c++) {
            List<Integer> members = byClass.get(c);
            int[] perm = random.permutation(members.size());
            for (int i = 0; i < members.size(); i++) {
                if (i < quota[c]) {
                    test[t++] = members.get(perm[i]);
                } else {
                    train[r++] = members.get(perm[i]);
                }
            }
        }
        // Mix classes so that neither part is ordered by class.
        random.shuffle(test);
        random.shuffle(train);
        return new int[][] {train, test};
    }
}
