package io.latentlab.core.ae;

/** scikit-learn's {@code AdamOptimizer}: bias correction folded into the step size, ε added outside the root. */
final class Adam extends GradientOptimizer {

    /** First and second moment estimates. */
    private final HostVector m;

    private final HostVector v;

    Adam(OptimizerConfig config, Precision precision, int count) {
        super(config, precision, count);
        m = kernels.vector(count);
        v = kernels.vector(count);
    }

    /** The bias-corrected rate as scikit-learn computes it: lr·sqrt(1−β2^t)/(1−β1^t). */
    @Override
    double stepSize(double learningRate, long t) {
        return learningRate * Math.sqrt(1 - Math.pow(config.beta2(), t)) / (1 - Math.pow(config.beta1(), t));
    }

    @Override
    void update(HostVector p, HostVector g, double rate, int from, int to) {
        kernels.adam(config.beta1(), config.beta2(), config.epsilon(), rate, m, v, p, g, from, to);
    }

    @Override
    void flushTinyState(int from, int to) {
        kernels.flushTinyState(m, from, to);
        kernels.flushTinyState(v, from, to);
    }

    /** The moment estimates, for tests. */
    HostVector firstMoment() {
        return m;
    }

    HostVector secondMoment() {
        return v;
    }
}
