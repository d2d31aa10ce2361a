package io.latentlab.core.ae;

/** scikit-learn's {@code AdamOptimizer}: bias correction folded into the step size, ε added outside the root. */
final class Adam extends GradientOptimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] m;
    private final double[] v;

    Adam(OptimizerConfig config, Precision precision, int count) {
        super(precision, count, config.learningRate());
        beta1 = config.beta1();
        beta2 = config.beta2();
        epsilon = config.epsilon();
        m = new double[count];
        v = new double[count];
    }

    /** The bias-corrected rate as scikit-learn computes it: lr·sqrt(1−β2^t)/(1−β1^t). */
    static double rate(double learningRate, double beta1, double beta2, long t) {
        return learningRate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
    }

    @Override
    void update(double[] p, double[] g, double learningRate, long t) {
        double lrT = round(rate(learningRate, beta1, beta2, t));
        double b1 = round(beta1);
        double b2 = round(beta2);
        double c1 = round(1 - beta1);
        double c2 = round(1 - beta2);
        double eps = round(epsilon);
        double[] m = this.m;
        double[] v = this.v;
        for (int i = 0; i < p.length; i++) {
            double gi = g[i];
            double mi = round(round(b1 * m[i]) + round(c1 * gi));
            double vi = round(round(b2 * v[i]) + round(c2 * round(gi * gi)));
            m[i] = mi;
            v[i] = vi;
            p[i] = round(p[i] - round(round(lrT * mi) / round(round(Math.sqrt(vi)) + eps)));
        }
    }
}
