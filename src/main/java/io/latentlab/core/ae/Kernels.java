package io.latentlab.core.ae;

import java.util.SplittableRandom;
import org.bytedeco.javacpp.Pointer;

/**
 * The few fused loops one training step needs, written once per precision ({@link F32Kernels}, {@link F64Kernels}).
 * Matrix products and the few vector reductions go straight to the OpenBLAS that ND4J ships (row-major cblas, no
 * copies). Element-wise work is a single Java pass over the NIO view, which is cheaper than the per-op overhead of
 * ND4J ops on arrays this small. The optimizers copy to heap arrays in bulk, where the JIT vectorises their loops.
 * All matrices are row-major; {@code count} = rows × cols.
 */
abstract class Kernels {

    static Kernels of(Precision precision) {
        return precision == Precision.FLOAT32 ? new F32Kernels() : new F64Kernels();
    }

    abstract Precision precision();

    final NativeArray allocate(int length) {
        return new NativeArray(precision(), length);
    }

    /** C = op(A)·op(B) + beta·C with op(A) m×k, op(B) k×n. */
    abstract void gemm(boolean transA, boolean transB, int m, int n, int k, Pointer a, int lda, Pointer b, int ldb,
                       double beta, Pointer c, int ldc);

    /** z[r][c] = act(z[r][c] + params[biasOffset + c]), in place. */
    abstract void biasActivate(NativeArray z, int rows, int cols, NativeArray params, int biasOffset, Activation act);

    /**
     * delta = (out - target) · act'(out) · scale and returns Σ (out - target)².
     */
    abstract double outputDelta(NativeArray out, NativeArray target, int count, Activation act, double scale,
                                NativeArray delta);

    /** delta *= act'(a), where a holds the activation outputs. */
    abstract void multiplyDerivative(NativeArray delta, NativeArray a, int count, Activation act);

    /** dst = Σ_r m[r][·], the column sums of the rows × cols matrix at {@code m}, via BLAS with a vector of ones. */
    abstract void columnSums(Pointer m, int rows, int cols, Pointer ones, Pointer dst);

    /** y += alpha · x over n elements. */
    abstract void axpy(int n, double alpha, Pointer x, Pointer y);

    /** Σ x[i]·y[i] over n elements, accumulated in double. */
    abstract double dot(int n, Pointer x, Pointer y);

    abstract void fill(NativeArray a, double value);

    /** scikit-learn's Adam over a flat buffer of {@code count} parameters. */
    abstract UpdateRule adam(OptimizerConfig config, int count);

    /** scikit-learn's SGD with momentum (optionally Nesterov) over a flat buffer of {@code count} parameters. */
    abstract UpdateRule sgd(OptimizerConfig config, int count);

    final HostRows host(io.latentlab.core.data.Matrix m) {
        return new HostRows(m, precision());
    }

    /** Copies rows {@code order[from..from+rows)} of {@code src} into the first rows of {@code dst}. */
    abstract void loadRows(HostRows src, int[] order, int from, int rows, NativeArray dst);

    /** Like {@link #loadRows} into {@code clean}, and a corrupted copy into {@code noisy}. */
    abstract void loadRowsNoisy(HostRows src, int[] order, int from, int rows, NativeArray clean, NativeArray noisy,
                                NoiseConfig noise, SplittableRandom rng);

    abstract void copyOut(NativeArray src, int from, double[] dst, int dstFrom, int count);

    abstract void copyIn(double[] src, int srcFrom, NativeArray dst, int from, int count);

    /** Largest |a[i]| over i < count, or NaN if any value is NaN. */
    abstract double maxAbs(NativeArray a, int count);
}
