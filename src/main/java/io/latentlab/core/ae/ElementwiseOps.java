package io.latentlab.core.ae;

import java.util.SplittableRandom;

/**
 * The fused element-wise loops of one training step, written once for both precisions: each is a single Java pass
 * over the NIO views, which is cheaper than the per-op overhead of ND4J ops on arrays this small. Values are
 * handled as doubles; {@link Kernels#round} marks each place where float32 training rounds an intermediate result,
 * and {@link NativeArray#put} rounds what is stored. Not thread-safe (it keeps a scratch array).
 */
final class ElementwiseOps {

    private final Kernels kernels;
    private double[] bias = new double[0];

    ElementwiseOps(Kernels kernels) {
        this.kernels = kernels;
    }

    /** z[r][c] = act(z[r][c] + params[biasOffset + c]), in place. */
    void biasActivate(NativeArray z, int rows, int cols, NativeArray params, int biasOffset, Activation act) {
        if (bias.length < cols) {
            bias = new double[cols];
        }
        double[] bs = bias;
        params.read(biasOffset, bs, 0, cols);
        Kernels k = kernels;
        int i = 0;
        // One loop per case rather than a switch per element, so the common cases stay tight.
        switch (act) {
            case RELU -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        double v = k.round(z.get(i) + bs[c]);
                        z.put(i, v > 0 ? v : 0.0);
                    }
                }
            }
            case LINEAR -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        z.put(i, z.get(i) + bs[c]);
                    }
                }
            }
            default -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        z.put(i, act.apply(k.round(z.get(i) + bs[c])));
                    }
                }
            }
        }
    }

    /** delta = (out − target) · act'(out) · scale and returns Σ (out − target)². */
    double outputDelta(NativeArray out, NativeArray target, int count, Activation act, double scale,
                       NativeArray delta) {
        double sse = 0;
        if (act == Activation.LINEAR) {
            double s = kernels.round(scale);
            for (int i = 0; i < count; i++) {
                double diff = kernels.round(out.get(i) - target.get(i));
                sse += diff * diff;
                delta.put(i, diff * s);
            }
        } else {
            for (int i = 0; i < count; i++) {
                double o = out.get(i);
                double diff = kernels.round(o - target.get(i));
                sse += diff * diff;
                // One rounding for the whole product, as the float32 code always did.
                delta.put(i, diff * act.derivativeFromOutput(o) * scale);
            }
        }
        return sse;
    }

    /** delta *= act'(a), where a holds the activation outputs. */
    void multiplyDerivative(NativeArray delta, NativeArray a, int count, Activation act) {
        switch (act) {
            case RELU -> {
                for (int i = 0; i < count; i++) {
                    if (!(a.get(i) > 0)) {
                        delta.put(i, 0.0);
                    }
                }
            }
            case LINEAR -> {
                // derivative 1
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    delta.put(i, delta.get(i) * act.derivativeFromOutput(a.get(i)));
                }
            }
        }
    }

    /** Copies rows {@code order[from..from+rows)} of {@code src} into the first rows of {@code dst}. */
    void loadRows(HostRows src, int[] order, int from, int rows, NativeArray dst) {
        int cols = src.cols;
        for (int r = 0; r < rows; r++) {
            dst.copyFrom(src, order[from + r] * cols, r * cols, cols);
        }
    }

    /** Like {@link #loadRows} into {@code clean}, and a corrupted copy into {@code noisy}. */
    void loadRowsNoisy(HostRows src, int[] order, int from, int rows, NativeArray clean, NativeArray noisy,
                       NoiseConfig noise, SplittableRandom rng) {
        int cols = src.cols;
        double level = noise.level();
        boolean gaussian = noise.type() == NoiseType.GAUSSIAN;
        int o = 0;
        for (int r = 0; r < rows; r++) {
            int s = order[from + r] * cols;
            clean.copyFrom(src, s, r * cols, cols);
            for (int c = 0; c < cols; c++, o++) {
                double x = src.get(s + c);
                noisy.put(o, gaussian ? x + level * rng.nextGaussian() : (rng.nextDouble() < level ? 0.0 : x));
            }
        }
    }

    /** Largest |a[i]| over i < count, or NaN if any value is NaN. */
    static double maxAbs(NativeArray a, int count) {
        double max = 0;
        for (int i = 0; i < count; i++) {
            double v = Math.abs(a.get(i));
            if (!(v <= max)) {
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                max = v;
            }
        }
        return max;
    }
}
