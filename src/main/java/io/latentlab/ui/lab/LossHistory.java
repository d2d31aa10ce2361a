package io.latentlab.ui.lab;

import java.util.Arrays;

/**
 * Loss per epoch so far; index i is epoch i + 1. Validation values are NaN without a validation split; test values
 * (the reconstruction loss of test rows, see {@code EpochEvent.testLoss}) NaN where not measured.
 */
public record LossHistory(double[] train, double[] validation, double[] test, int count) {
    public static final LossHistory EMPTY = new LossHistory(new double[0], new double[0], new double[0], 0);

    /** {@code earlier} followed by these epochs: the history of a run that continued an earlier one. */
    public LossHistory after(LossHistory earlier) {
        if (earlier.count() == 0) {
            return this;
        }
        return new LossHistory(
                join(earlier.train(), earlier.count(), train),
                join(earlier.validation(), earlier.count(), validation),
                join(earlier.test(), earlier.count(), test),
                earlier.count() + count);
    }

    private double[] join(double[] before, int beforeCount, double[] mine) {
        double[] out = Arrays.copyOf(before, beforeCount + count);
        System.arraycopy(mine, 0, out, beforeCount, count);
        return out;
    }
}
