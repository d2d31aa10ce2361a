package io.latentlab.core.ae;

import java.util.List;

/**
 * Optimizer settings. Adam uses {@code learningRate, beta1, beta2, epsilon}; SGD uses {@code learningRate,
 * momentum, nesterov}. The unused fields are still validated so a saved config always reads back.
 *
 * @param schedule later learning rates, each from the start of an epoch on, in increasing epoch order (empty: the
 *                 rate stays {@code learningRate})
 */
public record OptimizerConfig(
        Optimizer type,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        double momentum,
        boolean nesterov,
        java.util.List<LearningRateChange> schedule) {

    public OptimizerConfig {
        schedule = schedule == null ? java.util.List.of() : java.util.List.copyOf(schedule);
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.get(i) == null) {
                throw io.latentlab.core.validation.InvalidValueException.notSet("schedule[" + i + "]");
            }
            if (i > 0 && schedule.get(i).epoch() <= schedule.get(i - 1).epoch()) {
                throw new io.latentlab.core.validation.InvalidValueException(
                        "schedule[" + i + "].epoch",
                        "must be after the previous change's epoch "
                                + schedule.get(i - 1).epoch() + ", got "
                                + schedule.get(i).epoch());
            }
        }
        Check.notNull(type, "type");
        Check.positive(learningRate, "learningRate");
        Check.inHalfOpen(beta1, 0, 1, "beta1");
        Check.inHalfOpen(beta2, 0, 1, "beta2");
        Check.positive(epsilon, "epsilon");
        Check.inClosed(momentum, 0, 1, "momentum");
    }

    /** Adam with scikit-learn's defaults (beta1 0.9, beta2 0.999, epsilon 1e-8). */
    public static OptimizerConfig adam(double learningRate) {
        return new OptimizerConfig(Optimizer.ADAM, learningRate, 0.9, 0.999, 1e-8, 0.9, true, List.of());
    }

    public static OptimizerConfig sgd(double learningRate, double momentum, boolean nesterov) {
        return new OptimizerConfig(Optimizer.SGD, learningRate, 0.9, 0.999, 1e-8, momentum, nesterov, List.of());
    }

    public OptimizerConfig withLearningRate(double lr) {
        return new OptimizerConfig(type, lr, beta1, beta2, epsilon, momentum, nesterov, schedule);
    }

    public OptimizerConfig withSchedule(java.util.List<LearningRateChange> changes) {
        return new OptimizerConfig(type, learningRate, beta1, beta2, epsilon, momentum, nesterov, changes);
    }

    /** The base learning rate in force during {@code epoch} (1-based). */
    public double learningRateAt(int epoch) {
        double rate = learningRate;
        for (LearningRateChange c : schedule) {
            if (c.epoch() <= epoch) {
                rate = c.learningRate();
            }
        }
        return rate;
    }
}
