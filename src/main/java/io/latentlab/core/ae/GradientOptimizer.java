package io.latentlab.core.ae;

/**
 * A gradient-descent rule stepping the whole flat parameter buffer, after scikit-learn's {@code _stochastic_optimizers}
 * (and in the spirit of Tribuo's {@code StochasticGradientOptimiser}): each instance owns its state (moments,
 * velocity, step count) and the learning rate, so the rate in force lives in exactly one place.
 *
 * <p>The learning rate may be changed from any thread; a step reads it once, so a change applies from the next
 * mini-batch. Everything else belongs to the one training thread.
 *
 * <p>The update is computed on heap copies (one bulk copy each way per step, because the JIT vectorises array loops,
 * not buffer loops) in double, with {@link #round} after each operation: exactly float32 arithmetic in float32.
 */
abstract class GradientOptimizer {

    /** float32 training: round every intermediate result. A final flag so the JIT can hoist the test. */
    final boolean single;
    private volatile double learningRate;
    private long steps;
    private final double[] p;
    private final double[] g;

    GradientOptimizer(Precision precision, int count, double learningRate) {
        this.single = precision == Precision.FLOAT32;
        this.p = new double[count];
        this.g = new double[count];
        setLearningRate(learningRate);
    }

    /** The optimizer {@code config} asks for, starting at its learning rate. */
    static GradientOptimizer create(OptimizerConfig config, Precision precision, int count) {
        return config.type() == Optimizer.ADAM ? new Adam(config, precision, count) : new Sgd(config, precision, count);
    }

    final double learningRate() {
        return learningRate;
    }

    /** Takes effect from the next {@link #step}. */
    final void setLearningRate(double value) {
        Check.positive(value, "learning rate");
        learningRate = value;
    }

    /** Steps taken so far. */
    final long steps() {
        return steps;
    }

    /** One update of {@code params} (the whole buffer) against {@code grads}. */
    final void step(NativeArray params, NativeArray grads) {
        double lr = learningRate;
        steps++;
        int n = p.length;
        params.read(0, p, 0, n);
        grads.read(0, g, 0, n);
        update(p, g, lr, steps);
        params.write(p, 0, 0, n);
    }

    /**
     * Updates {@code p} in place.
     *
     * @param t the 1-based step number
     */
    abstract void update(double[] p, double[] g, double learningRate, long t);

    final double round(double x) {
        return Kernels.round(single, x);
    }
}
