package io.latentlab.core.ae;

/**
 * The optimizers' element-wise rules and their copies between the native buffers and heap vectors, per precision
 * (split from {@link Kernels}, whose primitives the network uses). Each method works on a range {@code [from, to)}
 * and keeps no scratch of its own, so two threads may run it at once on disjoint ranges, as a split optimizer step
 * does ({@link GradientOptimizer#SPLIT_FROM_PARAMETERS}).
 *
 * <p>The loops run over whole heap arrays at the same index (the JIT vectorises those; SuperWord gives up on arrays
 * indexed with different offsets), and each line rounds in the training precision exactly as the rule is written
 * (float32: after every operation; computing in double and rounding after each operation is exact too, but C2 does
 * not vectorise it).
 */
final class OptimizerKernels {

    private final Precision precision;
    private final boolean single;

    OptimizerKernels(Precision precision) {
        this.precision = Check.notNull(precision, "precision");
        this.single = precision == Precision.FLOAT32;
    }

    HostVector vector(int length) {
        return new HostVector(precision, length);
    }

    /** Copies elements {@code [from, to)} of {@code src} into the same places of {@code dst}. */
    void load(NativeArray src, HostVector dst, int from, int to) {
        if (single) {
            src.f.get(from, dst.f, from, to - from);
        } else {
            src.d.get(from, dst.d, from, to - from);
        }
    }

    /** Copies elements {@code [from, to)} of {@code src} into the same places of {@code dst}. */
    void store(HostVector src, NativeArray dst, int from, int to) {
        if (single) {
            dst.f.put(from, src.f, from, to - from);
        } else {
            dst.d.put(from, src.d, from, to - from);
        }
    }

    /**
     * Below these, optimizer state is set to zero ({@link GradientOptimizer#flushTinyState}): 2^-96 in float32,
     * 2^-1000 in float64, far enough above the smallest normal numbers that a value decaying by 0.9 a step until the
     * next flush cannot reach them.
     */
    static final float STATE_FLUSH_FLOAT = 0x1p-96f;

    static final double STATE_FLUSH_DOUBLE = 0x1p-1000;

    /**
     * Below these, parameters are set to zero ({@link GradientOptimizer#FLUSH_STEPS}): 2^-64 (5.4e-20) in float32,
     * 2^-960 (1e-289) in float64, so that their products with activations and deltas down to about 1e-18 stay
     * normal.
     */
    static final float PARAMETER_FLUSH_FLOAT = 0x1p-64f;

    static final double PARAMETER_FLUSH_DOUBLE = 0x1p-960;

    /** Sets elements {@code [from, to)} of the state {@code x} below {@link #STATE_FLUSH_FLOAT} (or …DOUBLE) to zero. */
    void flushTinyState(HostVector x, int from, int to) {
        flush(x, from, to, STATE_FLUSH_FLOAT, STATE_FLUSH_DOUBLE);
    }

    /** Sets parameters {@code [from, to)} of {@code x} below {@link #PARAMETER_FLUSH_FLOAT} (or …DOUBLE) to zero. */
    void flushTinyParameters(HostVector x, int from, int to) {
        flush(x, from, to, PARAMETER_FLUSH_FLOAT, PARAMETER_FLUSH_DOUBLE);
    }

    private void flush(HostVector x, int from, int to, float belowFloat, double belowDouble) {
        // A branch per element, rarely taken: cheap next to the steps between two flushes.
        if (single) {
            float[] xs = x.f;
            for (int i = from; i < to; i++) {
                if (xs[i] != 0f && Math.abs(xs[i]) < belowFloat) {
                    xs[i] = 0f;
                }
            }
        } else {
            double[] xs = x.d;
            for (int i = from; i < to; i++) {
                if (xs[i] != 0.0 && Math.abs(xs[i]) < belowDouble) {
                    xs[i] = 0.0;
                }
            }
        }
    }

    /**
     * float32 Adam keeps its second moment scaled by 2^32 (v·2^32, from g·2^16 squared; √v is taken back with
     * 2^-16). Scaling by a power of two changes no rounding, so the numbers are bitwise those of the plain rule
     * wherever that rule stays among normal floats. What it avoids: gradients near 1e-18 (the notebook's encoder has
     * thousands) give (1−β2)·g² below float's smallest normal number, 1.2e-38, and arithmetic on subnormals takes the
     * CPU's slow microcode path: a fifth of the notebook's epoch went to Adam. Scaled, those terms stay normal (and
     * keep their precision; their √v is far below ε, so no step changes). The price is range: v overflows for
     * |g| above about 1e14 instead of 1e19, gradients of a run that has long diverged.
     */
    private static final float V_SCALE_ROOT = 0x1p16f;

    private static final float V_UNSCALE_ROOT = 0x1p-16f;

    /**
     * Adam, as scikit-learn writes it: m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; p ← p − rate·m / (√v + ε)
     * (float32: with v held scaled, see {@link #V_SCALE_ROOT}), on elements {@code [from, to)}.
     */
    void adam(
            double beta1,
            double beta2,
            double epsilon,
            double rate,
            HostVector m,
            HostVector v,
            HostVector p,
            HostVector g,
            int from,
            int to) {
        if (single) {
            float b1 = (float) beta1;
            float c1 = (float) (1 - beta1);
            float b2 = (float) beta2;
            float c2 = (float) (1 - beta2);
            float eps = (float) epsilon;
            float r = (float) rate;
            float[] ms = m.f;
            float[] vs = v.f;
            float[] ps = p.f;
            float[] gs = g.f;
            for (int i = from; i < to; i++) {
                float gi = gs[i];
                float mi = b1 * ms[i] + c1 * gi;
                float gScaled = gi * V_SCALE_ROOT;
                float vi = b2 * vs[i] + c2 * (gScaled * gScaled);
                ms[i] = mi;
                vs[i] = vi;
                ps[i] = ps[i] - r * mi / ((float) Math.sqrt(vi) * V_UNSCALE_ROOT + eps);
            }
        } else {
            double c1 = 1 - beta1;
            double c2 = 1 - beta2;
            double[] ms = m.d;
            double[] vs = v.d;
            double[] ps = p.d;
            double[] gs = g.d;
            for (int i = from; i < to; i++) {
                double gi = gs[i];
                double mi = beta1 * ms[i] + c1 * gi;
                double vi = beta2 * vs[i] + c2 * (gi * gi);
                ms[i] = mi;
                vs[i] = vi;
                ps[i] = ps[i] - rate * mi / (Math.sqrt(vi) + epsilon);
            }
        }
    }

    /**
     * SGD with momentum μ, as scikit-learn writes it: u ← μ·u − rate·g, then p ← p + u, or with Nesterov
     * p ← p + (μ·u − rate·g) with the new u, on elements {@code [from, to)}.
     */
    void momentum(
            double mu, double rate, boolean nesterov, HostVector u, HostVector p, HostVector g, int from, int to) {
        if (single) {
            float fm = (float) mu;
            float fr = (float) -rate;
            float[] us = u.f;
            float[] ps = p.f;
            float[] gs = g.f;
            for (int i = from; i < to; i++) {
                us[i] = fm * us[i] + fr * gs[i];
            }
            if (nesterov) {
                for (int i = from; i < to; i++) {
                    ps[i] = ps[i] + (fm * us[i] + fr * gs[i]);
                }
            } else {
                for (int i = from; i < to; i++) {
                    ps[i] = ps[i] + us[i];
                }
            }
        } else {
            double r = -rate;
            double[] us = u.d;
            double[] ps = p.d;
            double[] gs = g.d;
            for (int i = from; i < to; i++) {
                us[i] = mu * us[i] + r * gs[i];
            }
            if (nesterov) {
                for (int i = from; i < to; i++) {
                    ps[i] = ps[i] + (mu * us[i] + r * gs[i]);
                }
            } else {
                for (int i = from; i < to; i++) {
                    ps[i] = ps[i] + us[i];
                }
            }
        }
    }
}
