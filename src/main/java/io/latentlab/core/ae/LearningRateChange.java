package io.latentlab.core.ae;

/**
 * From the start of {@code epoch} (1-based) on, the base learning rate is {@code learningRate}: one step of a
 * schedule, as made by changing the rate while training in the window, so that a config reproduces the run.
 */
public record LearningRateChange(int epoch, double learningRate) {
    public LearningRateChange {
        Check.atLeast(epoch, 1, "epoch");
        Check.positive(learningRate, "learningRate");
    }
}
