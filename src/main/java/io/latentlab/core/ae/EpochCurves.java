package io.latentlab.core.ae;

import java.util.Arrays;

/**
 * A run's per-epoch curves over all its segments: training loss, validation loss and the learning rate in force.
 * They grow by doubling, so recording an epoch allocates only now and then; an epoch's entries are written together.
 */
final class EpochCurves {

    private double[] loss = new double[16];
    private double[] validation = new double[16];
    private double[] rate = new double[16];

    /** Records epoch {@code epoch} (1-based). */
    void record(int epoch, double trainLoss, double validationLoss, double learningRate) {
        if (epoch > loss.length) {
            int capacity = Math.max(epoch, 2 * loss.length);
            loss = Arrays.copyOf(loss, capacity);
            validation = Arrays.copyOf(validation, capacity);
            rate = Arrays.copyOf(rate, capacity);
        }
        loss[epoch - 1] = trainLoss;
        validation[epoch - 1] = validationLoss;
        rate[epoch - 1] = learningRate;
    }

    /** The learning rate of epoch {@code epoch}, once recorded. */
    double rateOf(int epoch) {
        return rate[epoch - 1];
    }

    double[] loss(int epochs) {
        return Arrays.copyOf(loss, epochs);
    }

    double[] validation(int epochs) {
        return Arrays.copyOf(validation, epochs);
    }

    double[] rates(int epochs) {
        return Arrays.copyOf(rate, epochs);
    }
}
