package io.latentlab.core.ae;

/**
 * A flat heap array in the training precision: the optimizers' working copies and state. The JIT vectorises loops
 * over heap arrays (not over NIO buffers), which is why the optimizers copy the parameters and gradients here each step.
 * Exactly one of {@link #f} / {@link #d} is set; use it through {@link Kernels}' vector primitives.
 */
final class HostVector {

    final int length;
    final float[] f;
    final double[] d;

    HostVector(Precision precision, int length) {
        this.length = length;
        this.f = precision == Precision.FLOAT32 ? new float[length] : null;
        this.d = precision == Precision.FLOAT32 ? null : new double[length];
    }

    /** Element {@code i}, widened to double (exact). */
    double get(int i) {
        return f != null ? f[i] : d[i];
    }
}
