package io.latentlab.core.ae;

/**
 * Health of each latent (bottleneck) unit over a set of training rows: the fraction of rows where the unit is active
 * (ReLU: output != 0; other activations: |derivative| > {@value #ACTIVE_DERIVATIVE}) and the variance of its output.
 * A unit is dead when it is never active or its variance is below {@value #DEAD_VARIANCE}: it then carries no
 * information and the latent plot collapses onto fewer axes.
 */
public record LatentDiagnostics(double[] activeFraction, double[] variance, boolean[] dead, int rowsUsed) {

    public static final double DEAD_VARIANCE = 1e-12;
    public static final double ACTIVE_DERIVATIVE = 1e-8;

    /** Diagnostics of {@code rows} × {@code width} latent outputs (row-major) of a layer with activation {@code act}. */
    public static LatentDiagnostics of(double[] latent, int rows, int width, Activation act) {
        double[] active = new double[width];
        double[] variance = new double[width];
        boolean[] dead = new boolean[width];
        for (int u = 0; u < width; u++) {
            int activeCount = 0;
            double mean = 0;
            for (int r = 0; r < rows; r++) {
                double a = latent[r * width + u];
                mean += a;
                boolean on =
                        act == Activation.RELU ? a != 0 : Math.abs(act.derivativeFromOutput(a)) > ACTIVE_DERIVATIVE;
                if (on) {
                    activeCount++;
                }
            }
            mean = rows == 0 ? 0 : mean / rows;
            double ss = 0;
            for (int r = 0; r < rows; r++) {
                double d = latent[r * width + u] - mean;
                ss += d * d;
            }
            active[u] = rows == 0 ? 0 : (double) activeCount / rows;
            variance[u] = rows == 0 ? 0 : ss / rows;
            dead[u] = activeCount == 0 || !(variance[u] >= DEAD_VARIANCE);
        }
        return new LatentDiagnostics(active, variance, dead, rows);
    }

    public int width() {
        return dead.length;
    }

    public int deadCount() {
        int n = 0;
        for (boolean d : dead) {
            if (d) {
                n++;
            }
        }
        return n;
    }

    public boolean anyDead() {
        return deadCount() > 0;
    }
}
