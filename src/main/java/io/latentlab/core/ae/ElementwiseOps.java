package io.latentlab.core.ae;

import java.util.SplittableRandom;
import org.bytedeco.javacpp.Pointer;

/**
 * The element-wise steps of one training step, written once for both precisions. The common cases (bias add,
 * ReLU, linear output) are precision primitives of {@link Kernels}; the other activations are one Java pass that
 * reads and writes through {@link NativeArray#get}/{@link NativeArray#put}, computing in double and rounding once
 * on the store, as float32 training always did for them.
 */
final class ElementwiseOps {

    private final Kernels kernels;

    ElementwiseOps(Kernels kernels) {
        this.kernels = kernels;
    }

    /**
     * z[r][c] = act(z[r][c] + bias[c]) for the rows × cols matrix z, in place. {@code ones} holds at least
     * {@code rows} ones.
     */
    void biasActivate(NativeArray z, int rows, int cols, Pointer bias, NativeArray ones, Activation act) {
        kernels.addOuter(rows, cols, ones.pointer, bias, z.pointer);
        int count = rows * cols;
        switch (act) {
            case RELU -> kernels.zeroWhereNotPositive(z, z, count);
            case LINEAR -> {
                // identity
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    z.put(i, act.apply(z.get(i)));
                }
            }
        }
    }

    /** delta = (out − target) · act'(out) · scale and returns Σ (out − target)². */
    double outputDelta(
            NativeArray out, NativeArray target, int count, Activation act, double scale, NativeArray delta) {
        kernels.copy(count, out.pointer, delta.pointer);
        kernels.axpy(count, -1.0, target.pointer, delta.pointer);
        double sse = kernels.sumOfSquares(delta, count);
        if (act == Activation.LINEAR) {
            kernels.scale(count, scale, delta.pointer);
        } else {
            for (int i = 0; i < count; i++) {
                // One rounding for the whole product, as float32 training always did.
                delta.put(i, delta.get(i) * act.derivativeFromOutput(out.get(i)) * scale);
            }
        }
        return sse;
    }

    /** delta *= act'(a), where a holds the activation outputs. */
    void multiplyDerivative(NativeArray delta, NativeArray a, int count, Activation act) {
        switch (act) {
            case RELU -> kernels.zeroWhereNotPositive(a, delta, count);
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
    void loadRowsNoisy(
            HostRows src,
            int[] order,
            int from,
            int rows,
            NativeArray clean,
            NativeArray noisy,
            NoiseConfig noise,
            SplittableRandom rng) {
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
