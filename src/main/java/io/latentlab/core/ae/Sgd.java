package io.latentlab.core.ae;

/** scikit-learn's {@code SGDOptimizer}: v ← μv − lr·g, then p ← p + v, or p ← p + μv − lr·g with Nesterov. */
final class Sgd extends GradientOptimizer {

    private final double momentum;
    private final boolean nesterov;
    private final HostVector velocity;
    private final HostVector lookAhead;
    private double rate;

    Sgd(OptimizerConfig config, Precision precision, int count) {
        super(precision, count, config.learningRate());
        momentum = config.momentum();
        nesterov = config.nesterov();
        velocity = kernels.vector(count);
        lookAhead = nesterov ? kernels.vector(count) : null;
    }

    @Override
    void prepare(double learningRate, long t) {
        rate = learningRate;
    }

    @Override
    void update(int from, int to, HostVector p, HostVector g) {
        Kernels k = kernels;
        k.combine(from, to, momentum, velocity, -rate, g, velocity);
        if (nesterov) {
            k.combine(from, to, momentum, velocity, -rate, g, lookAhead);
            k.combine(from, to, 1, p, 1, lookAhead, p);
        } else {
            k.combine(from, to, 1, p, 1, velocity, p);
        }
    }
}
