package io.latentlab.core.ae;

/** scikit-learn's {@code AdamOptimizer}: bias correction folded into the step size, ε added outside the root. */
final class Adam extends GradientOptimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final HostVector m;
    private final HostVector v;
    private final HostVector scratch;
    private final HostVector denominator;
    private double stepSize;

    Adam(OptimizerConfig config, Precision precision, int count) {
        super(precision, count, config.learningRate());
        beta1 = config.beta1();
        beta2 = config.beta2();
        epsilon = config.epsilon();
        m = kernels.vector(count);
        v = kernels.vector(count);
        scratch = kernels.vector(count);
        denominator = kernels.vector(count);
    }

    /** The bias-corrected rate as scikit-learn computes it: lr·sqrt(1−β2^t)/(1−β1^t). */
    static double rate(double learningRate, double beta1, double beta2, long t) {
        return learningRate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
    }

    @Override
    void prepare(double learningRate, long t) {
        stepSize = rate(learningRate, beta1, beta2, t);
    }

    @Override
    void update(int from, int to, HostVector p, HostVector g) {
        Kernels k = kernels;
        k.multiply(from, to, g, g, scratch);
        k.combine(from, to, beta1, m, 1 - beta1, g, m);
        k.combine(from, to, beta2, v, 1 - beta2, scratch, v);
        // p −= lr_t·m / (√v + ε), in that order of operations
        k.scale(from, to, stepSize, m, scratch);
        k.sqrtPlus(from, to, v, epsilon, denominator);
        k.divide(from, to, scratch, denominator, scratch);
        k.combine(from, to, 1, p, -1, scratch, p);
    }
}
