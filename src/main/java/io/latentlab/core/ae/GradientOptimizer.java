package io.latentlab.core.ae;

import io.latentlab.core.concurrent.Parts;
import io.latentlab.core.math.Nd4jRuntime;

/**
 * A gradient-descent rule stepping the whole flat parameter buffer, after scikit-learn's {@code _stochastic_optimizers}
 * (and in the spirit of Tribuo's {@code StochasticGradientOptimiser}): each instance owns its state (moments,
 * velocity, step count) and the learning rate, so the rate in force lives in exactly one place.
 *
 * <p>The learning rate may be changed from any thread; a step reads it once, so a change applies from the next
 * mini-batch. Everything else belongs to the one training thread, which may hand half of a large step to a second
 * thread ({@link #SPLIT_FROM_PARAMETERS}) and waits for it.
 *
 * <p>A step copies parameters and gradients to heap vectors in bulk (the JIT vectorises loops over heap arrays, not
 * over the native buffers), updates them and the state in one pass of the rule ({@link OptimizerKernels#adam},
 * {@link OptimizerKernels#momentum}) in the training precision, and copies the parameters back. One pass rather than one
 * per operation: for Fashion-MNIST's million parameters the memory traffic of the passes was most of the step.
 */
abstract class GradientOptimizer {

    final OptimizerConfig config;
    final OptimizerKernels kernels;
    private volatile double learningRate;
    private long steps;
    private final HostVector p;
    private final HostVector g;

    /** Starts at {@code config}'s learning rate, over a buffer of {@code count} parameters. */
    GradientOptimizer(OptimizerConfig config, Precision precision, int count) {
        this.config = config;
        this.kernels = new OptimizerKernels(precision);
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

    /**
     * Parameters from which a step is split in two halves on two cores ({@link Parts#splitToEnd}), when training
     * has two threads: Fashion-MNIST's million parameters (the rule and its copies took a sixth of the epoch on one
     * core while the other waited); the notebook's 26,000 take a few microseconds, less than handing half over.
     */
    static final int SPLIT_FROM_PARAMETERS = 1 << 18;

    /** One update of {@code params} (the whole buffer) against {@code grads}. */
    final void step(NativeArray params, NativeArray grads) {
        steps++;
        double rate = stepSize(learningRate, steps);
        int n = p.length;
        if (n >= SPLIT_FROM_PARAMETERS && Nd4jRuntime.threads() >= 2) {
            // Element by element, so the halves give the same numbers as the whole.
            Parts.splitToEnd(n, range -> step(params, grads, rate, range.from(), range.to()));
        } else {
            step(params, grads, rate, 0, n);
        }
    }

    private void step(NativeArray params, NativeArray grads, double rate, int from, int to) {
        kernels.load(params, p, from, to);
        kernels.load(grads, g, from, to);
        update(p, g, rate, from, to);
        if (steps % FLUSH_STEPS == 0) {
            kernels.flushTinyParameters(p, from, to);
            flushTinyState(from, to);
        }
        kernels.store(p, params, from, to);
    }

    /**
     * How often parameters and state near zero are set to zero. Arithmetic that makes or takes a subnormal number runs
     * on the CPU's slow microcode path (on Intel's, a hundred cycles and more), and training drifts into it two ways:
     *
     * <ul>
     *   <li>A parameter whose gradient is exactly zero (a weight of a dead ReLU unit) has its first moment decay by β1
     *       each step into the subnormals, where it sticks (a few units in the last place times 0.9 round back to
     *       themselves): from Fashion-MNIST's third epoch on, Adam's step took 1.05 s of each epoch instead of 0.4 s.
     *   <li>A weight whose only gradient is the L2 term (a dead unit's, again) shrinks by a fixed fraction each step,
     *       rate·α/(n·ε) with Adam, 1 % in the notebook's recommended network, towards zero: after some 130 epochs
     *       its products in the matrix products came out subnormal, and an epoch took 0.38 s instead of 0.035 s.
     * </ul>
     *
     * Zero, such state stays zero while its gradient does, and such a weight near zero (its first moment still moves it
     * a little, less each step) until the next flush; its products are exact zeros.
     */
    static final int FLUSH_STEPS = 16;

    /**
     * Sets state in {@code [from, to)} below {@link OptimizerKernels#STATE_FLUSH_FLOAT} (2^-96; float64 2^-1000) to zero.
     * What that changes: a step by at most rate·2^-96/ε (1.3e-24 at rate 1e-3, ε 1e-8), below the last place of any
     * float32 weight above 1e-16, and the next moment by at most 2^-96; no weight of a real run. Parameters below
     * {@link OptimizerKernels#PARAMETER_FLUSH_FLOAT} (2^-64, 5.4e-20; float64 2^-960) are set to zero at the same time: such a
     * weight adds less than 1e-16 to a unit's sum of inputs up to 1000, below float32's last place of any sum above
     * 1e-9, and is on its way to zero anyway.
     */
    abstract void flushTinyState(int from, int to);

    /**
     * The step size of step {@code t} (1-based) for base learning rate {@code learningRate}: the rate itself unless
     * the rule corrects it.
     */
    double stepSize(double learningRate, long t) {
        return learningRate;
    }

    /**
     * Updates parameters {@code [from, to)} of {@code p} (and the state) with gradient {@code g} and step size
     * {@code rate}; called for disjoint ranges at once from two threads.
     */
    abstract void update(HostVector p, HostVector g, double rate, int from, int to);
}
