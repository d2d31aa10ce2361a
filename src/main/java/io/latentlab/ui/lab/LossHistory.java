package io.latentlab.ui.lab;

/** Loss per epoch so far; index i is epoch i + 1. Validation values are NaN without a validation split. */
public record LossHistory(double[] train, double[] validation, int count) {
    public static final LossHistory EMPTY = new LossHistory(new double[0], new double[0], 0);
}
