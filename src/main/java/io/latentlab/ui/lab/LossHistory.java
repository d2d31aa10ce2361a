package io.latentlab.ui.lab;

/** Loss per epoch so far; index i is epoch i + 1. Validation values are NaN without a validation split. */
public record LossHistory(double[] train, double[] validation, int count) {
    public static final LossHistory EMPTY = new LossHistory(new double[0], new double[0], 0);

    /** {@code earlier} followed by these epochs: the history of a run that continued an earlier one. */
    public LossHistory after(LossHistory earlier) {
        if (earlier.count() == 0) {
            return this;
        }
        double[] t = java.util.Arrays.copyOf(earlier.train(), earlier.count() + count);
        double[] v = java.util.Arrays.copyOf(earlier.validation(), earlier.count() + count);
        System.arraycopy(train, 0, t, earlier.count(), count);
        System.arraycopy(validation, 0, v, earlier.count(), count);
        return new LossHistory(t, v, earlier.count() + count);
    }
}
