package io.latentlab.core.ae;

/** scikit-learn's {@code SGDOptimizer}: v ← μv − lr·g, then p ← p + v, or p ← p + μv − lr·g with Nesterov. */
final class Sgd extends GradientOptimizer {

    private final HostVector velocity;

    Sgd(OptimizerConfig config, Precision precision, int count) {
        super(config, precision, count);
        velocity = kernels.vector(count);
    }

    @Override
    void update(HostVector p, HostVector g, double rate, int from, int to) {
        kernels.momentum(config.momentum(), rate, config.nesterov(), velocity, p, g, from, to);
    }

    @Override
    void flushTinyState(int from, int to) {
        kernels.flushTinyState(velocity, from, to);
    }
}
