package io.latentlab.core.ae;

/**
 * One optimizer step over the whole flat parameter buffer, following scikit-learn's formulas. The element loops live
 * in the precision-specific kernels ({@link Kernels#adam}, {@link Kernels#sgd}).
 */
abstract class UpdateRule {

    private long steps;

    static UpdateRule create(OptimizerConfig config, Kernels kernels, int count) {
        return config.type() == Optimizer.ADAM ? kernels.adam(config, count) : kernels.sgd(config, count);
    }

    final void apply(NativeArray params, NativeArray grads, double learningRate) {
        steps++;
        step(params, grads, learningRate, steps);
    }

    /** @param t the 1-based step number */
    abstract void step(NativeArray params, NativeArray grads, double learningRate, long t);

    /** Steps taken so far. */
    final long steps() {
        return steps;
    }

    /** Adam's bias-corrected rate as scikit-learn computes it: lr·sqrt(1−β2^t)/(1−β1^t). */
    static double adamRate(OptimizerConfig config, double learningRate, long t) {
        return learningRate * Math.sqrt(1 - Math.pow(config.beta2(), t)) / (1 - Math.pow(config.beta1(), t));
    }
}
