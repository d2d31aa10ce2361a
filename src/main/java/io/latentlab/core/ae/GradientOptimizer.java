package io.latentlab.core.ae;

/**
 * A gradient-descent rule stepping the whole flat parameter buffer, after scikit-learn's {@code _stochastic_optimizers}
 * (and in the spirit of Tribuo's {@code StochasticGradientOptimiser}): each instance owns its state (moments,
 * velocity, step count) and the learning rate, so the rate in force lives in exactly one place.
 *
 * <p>The learning rate may be changed from any thread; a step reads it once, so a change applies from the next
 * mini-batch. Everything else belongs to the one training thread.
 *
 * <p>A step copies parameters and gradients to heap vectors in bulk (the JIT vectorises loops over heap arrays, not
 * over the native buffers), updates them and the state in one pass of the rule ({@link Kernels#adam},
 * {@link Kernels#momentum}) in the training precision, and copies the parameters back. One pass rather than one
 * per operation: for Fashion-MNIST's million parameters the memory traffic of the passes was most of the step.
 */
abstract class GradientOptimizer {

    final OptimizerConfig config;
    final Kernels kernels;
    private volatile double learningRate;
    private long steps;
    private final HostVector p;
    private final HostVector g;

    /** Starts at {@code config}'s learning rate, over a buffer of {@code count} parameters. */
    GradientOptimizer(OptimizerConfig config, Precision precision, int count) {
        this.config = config;
        this.kernels = Kernels.of(precision);
        this.p = kernels.vector(count);
        this.g = kernels.vector(count);
        setLearningRate(config.learningRate());
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
        steps++;
        double rate = stepSize(learningRate, steps);
        kernels.load(params, p);
        kernels.load(grads, g);
        update(p, g, rate);
        kernels.store(p, params);
    }

    /**
     * The step size of step {@code t} (1-based) for base learning rate {@code learningRate}: the rate itself unless
     * the rule corrects it.
     */
    double stepSize(double learningRate, long t) {
        return learningRate;
    }

    /** Updates the parameters {@code p} (and the state) with gradient {@code g} and step size {@code rate}. */
    abstract void update(HostVector p, HostVector g, double rate);
}
