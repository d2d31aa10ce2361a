package io.latentlab.core.ae;

/** scikit-learn's {@code AdamOptimizer}: bias correction folded into the step size, ε added outside the root. */
final class Adam extends GradientOptimizer {

    /** First and second moment estimates. */
    private final HostVector m;

    private final HostVector v;
    /** √v + ε, then the step. */
    private final HostVector step;

    Adam(OptimizerConfig config, Precision precision, int count) {
        super(config, precision, count);
        m = kernels.vector(count);
        v = kernels.vector(count);
        step = kernels.vector(count);
    }

    /** The bias-corrected rate as scikit-learn computes it: lr·sqrt(1−β2^t)/(1−β1^t). */
    @Override
    double stepSize(double learningRate, long t) {
        return learningRate * Math.sqrt(1 - Math.pow(config.beta2(), t)) / (1 - Math.pow(config.beta1(), t));
    }

    @Override
    void update(int from, int to, HostVector p, HostVector g, double rate) {
        Kernels k = kernels;
        double beta1 = config.beta1();
        double beta2 = config.beta2();
        k.combine(from, to, beta1, m, 1 - beta1, g, m);
        k.combineSquare(from, to, beta2, v, 1 - beta2, g, v);
        // p −= rate·m / (√v + ε), in that order of operations
        k.sqrtPlus(from, to, v, config.epsilon(), step);
        k.scaledDivide(from, to, rate, m, step, step);
        k.combine(from, to, 1, p, -1, step, p);
    }
}
