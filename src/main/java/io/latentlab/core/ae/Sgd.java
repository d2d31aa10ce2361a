package io.latentlab.core.ae;

/** scikit-learn's {@code SGDOptimizer}: v ← μv − lr·g, then p ← p + v, or p ← p + μv − lr·g with Nesterov. */
final class Sgd extends GradientOptimizer {

    private final double momentum;
    private final boolean nesterov;
    private final double[] velocity;

    Sgd(OptimizerConfig config, Precision precision, int count) {
        super(precision, count, config.learningRate());
        momentum = config.momentum();
        nesterov = config.nesterov();
        velocity = new double[count];
    }

    @Override
    void update(double[] p, double[] g, double learningRate, long t) {
        double lr = round(learningRate);
        double mu = round(momentum);
        double[] vel = velocity;
        for (int i = 0; i < p.length; i++) {
            double step = round(lr * g[i]);
            double vi = round(round(mu * vel[i]) - step);
            vel[i] = vi;
            p[i] = round(p[i] + (nesterov ? round(round(mu * vi) - step) : vi));
        }
    }
}
