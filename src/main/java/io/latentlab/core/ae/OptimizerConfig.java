package io.latentlab.core.ae;

/**
 * Optimizer settings. Adam uses {@code learningRate, beta1, beta2, epsilon}; SGD uses {@code learningRate,
 * momentum, nesterov}. The unused fields are still validated so a saved config always reads back.
 */
public record OptimizerConfig(Optimizer type, double learningRate, double beta1, double beta2, double epsilon,
                              double momentum, boolean nesterov) {

    public OptimizerConfig {
        Check.notNull(type, "type");
        Check.positive(learningRate, "learningRate");
        Check.inHalfOpen(beta1, 0, 1, "beta1");
        Check.inHalfOpen(beta2, 0, 1, "beta2");
        Check.positive(epsilon, "epsilon");
        Check.inClosed(momentum, 0, 1, "momentum");
    }

    /** Adam with scikit-learn's defaults (beta1 0.9, beta2 0.999, epsilon 1e-8). */
    public static OptimizerConfig adam(double learningRate) {
        return new OptimizerConfig(Optimizer.ADAM, learningRate, 0.9, 0.999, 1e-8, 0.9, true);
    }

    public static OptimizerConfig sgd(double learningRate, double momentum, boolean nesterov) {
        return new OptimizerConfig(Optimizer.SGD, learningRate, 0.9, 0.999, 1e-8, momentum, nesterov);
    }

    public OptimizerConfig withLearningRate(double lr) {
        return new OptimizerConfig(type, lr, beta1, beta2, epsilon, momentum, nesterov);
    }
}
