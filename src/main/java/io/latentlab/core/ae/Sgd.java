package io.latentlab.core.ae;

/** scikit-learn's {@code SGDOptimizer}: v ← μv − lr·g, then p ← p + v, or p ← p + μv − lr·g with Nesterov. */
final class Sgd extends GradientOptimizer {

    private final HostVector velocity;
    /** μv − lr·g, Nesterov's look-ahead step; null without Nesterov. */
    private final HostVector lookAhead;

    Sgd(OptimizerConfig config, Precision precision, int count) {
        super(config, precision, count);
        velocity = kernels.vector(count);
        lookAhead = config.nesterov() ? kernels.vector(count) : null;
    }

    @Override
    void update(int from, int to, HostVector p, HostVector g, double rate) {
        Kernels k = kernels;
        double mu = config.momentum();
        k.combine(from, to, mu, velocity, -rate, g, velocity);
        if (lookAhead != null) {
            k.combine(from, to, mu, velocity, -rate, g, lookAhead);
            k.combine(from, to, 1, p, 1, lookAhead, p);
        } else {
            k.combine(from, to, 1, p, 1, velocity, p);
        }
    }
}
