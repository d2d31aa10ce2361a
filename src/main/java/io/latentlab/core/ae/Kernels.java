package io.latentlab.core.ae;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_daxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dcopy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_ddot;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemv;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dger;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dscal;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dsdot;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_saxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_scopy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemv;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sger;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sscal;

import io.latentlab.core.data.Matrix;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * The precision primitives: everything that differs between float32 and float64 training, so that the training
 * arithmetic built on them ({@link ElementwiseOps}, {@link GradientOptimizer}s, {@link Network}) is written once.
 * Matrix products and vector operations on the native buffers go straight to the OpenBLAS that ND4J ships
 * (row-major cblas on pointers, no copies). The few primitives BLAS lacks are loops per precision: the optimizers'
 * rules on {@link HostVector}s, which the JIT vectorises, the ReLU mask and an ordered sum of squares.
 *
 * <p>Each primitive performs the arithmetic of the precision it works in (float32 rounds after every operation),
 * which keeps float32 training bitwise what it was when it was written out in float. (Computing in double and
 * rounding to float after each operation is exact too, but C2 does not vectorise it: Adam's loop ran ~20× slower.)
 * All matrices are row-major.
 */
final class Kernels {

    static {
        // Before the first native call loads OpenBLAS: its kernels and thread counts are chosen there.
        io.latentlab.core.math.Nd4jRuntime.ensureConfigured();
    }

    private final Precision precision;
    private final boolean single;
    /** Holds scratch blocks, so a Kernels, like the network that owns it, belongs to one thread. */
    private final ReluMask reluMask = new ReluMask();

    private Kernels(Precision precision) {
        this.precision = precision;
        this.single = precision == Precision.FLOAT32;
    }

    static Kernels of(Precision precision) {
        return new Kernels(Check.notNull(precision, "precision"));
    }

    Precision precision() {
        return precision;
    }

    NativeArray allocate(int length) {
        return new NativeArray(precision, length);
    }

    HostRows host(Matrix m) {
        return new HostRows(m, precision);
    }

    HostVector vector(int length) {
        return new HostVector(precision, length);
    }

    /** C = op(A)·op(B) + beta·C with op(A) m×k, op(B) k×n. */
    void gemm(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            Pointer a,
            int lda,
            Pointer b,
            int ldb,
            double beta,
            Pointer c,
            int ldc) {
        int ta = transA ? CblasTrans : CblasNoTrans;
        int tb = transB ? CblasTrans : CblasNoTrans;
        if (single) {
            cblas_sgemm(
                    CblasRowMajor,
                    ta,
                    tb,
                    m,
                    n,
                    k,
                    1f,
                    (FloatPointer) a,
                    lda,
                    (FloatPointer) b,
                    ldb,
                    (float) beta,
                    (FloatPointer) c,
                    ldc);
        } else {
            cblas_dgemm(
                    CblasRowMajor,
                    ta,
                    tb,
                    m,
                    n,
                    k,
                    1.0,
                    (DoublePointer) a,
                    lda,
                    (DoublePointer) b,
                    ldb,
                    beta,
                    (DoublePointer) c,
                    ldc);
        }
    }

    /** dst = Σ_r m[r][·], the column sums of the rows × cols matrix at {@code m}, via BLAS with a vector of ones. */
    void columnSums(Pointer m, int rows, int cols, Pointer ones, Pointer dst) {
        if (single) {
            cblas_sgemv(
                    CblasRowMajor,
                    CblasTrans,
                    rows,
                    cols,
                    1f,
                    (FloatPointer) m,
                    cols,
                    (FloatPointer) ones,
                    1,
                    0f,
                    (FloatPointer) dst,
                    1);
        } else {
            cblas_dgemv(
                    CblasRowMajor,
                    CblasTrans,
                    rows,
                    cols,
                    1.0,
                    (DoublePointer) m,
                    cols,
                    (DoublePointer) ones,
                    1,
                    0.0,
                    (DoublePointer) dst,
                    1);
        }
    }

    /** y += alpha · x over n elements. */
    void axpy(int n, double alpha, Pointer x, Pointer y) {
        if (single) {
            cblas_saxpy(n, (float) alpha, (FloatPointer) x, 1, (FloatPointer) y, 1);
        } else {
            cblas_daxpy(n, alpha, (DoublePointer) x, 1, (DoublePointer) y, 1);
        }
    }

    /** Σ x[i]·y[i] over n elements, accumulated in double. */
    double dot(int n, Pointer x, Pointer y) {
        return single
                ? cblas_dsdot(n, (FloatPointer) x, 1, (FloatPointer) y, 1)
                : cblas_ddot(n, (DoublePointer) x, 1, (DoublePointer) y, 1);
    }

    /** A += x·yᵀ for the rows × cols matrix A; with x all ones this adds the row y to every row, exactly. */
    void addOuter(int rows, int cols, Pointer x, Pointer y, Pointer a) {
        if (single) {
            cblas_sger(CblasRowMajor, rows, cols, 1f, (FloatPointer) x, 1, (FloatPointer) y, 1, (FloatPointer) a, cols);
        } else {
            cblas_dger(
                    CblasRowMajor,
                    rows,
                    cols,
                    1.0,
                    (DoublePointer) x,
                    1,
                    (DoublePointer) y,
                    1,
                    (DoublePointer) a,
                    cols);
        }
    }

    /** y = x over n elements. */
    void copy(int n, Pointer x, Pointer y) {
        if (single) {
            cblas_scopy(n, (FloatPointer) x, 1, (FloatPointer) y, 1);
        } else {
            cblas_dcopy(n, (DoublePointer) x, 1, (DoublePointer) y, 1);
        }
    }

    /** x *= alpha over n elements. */
    void scale(int n, double alpha, Pointer x) {
        if (single) {
            cblas_sscal(n, (float) alpha, (FloatPointer) x, 1);
        } else {
            cblas_dscal(n, alpha, (DoublePointer) x, 1);
        }
    }

    /**
     * Σ x[i]² over i < n, accumulated in double in index order. Not BLAS: its blocked sums would change the
     * reported loss in the last bits.
     */
    double sumOfSquares(NativeArray x, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double v = single ? x.f.get(i) : x.d.get(i);
            sum += v * v;
        }
        return sum;
    }

    /**
     * y[i] = 0 wherever x[i] is not positive (NaN and −0 included), over n elements: with y = x that is the ReLU,
     * with y a delta it applies the ReLU's derivative. See {@link ReluMask} for how.
     */
    void zeroWhereNotPositive(NativeArray x, NativeArray y, int n) {
        reluMask.apply(x, y, n);
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
     * 2^-960 in float64, so that their products with activations and deltas down to 1e-18 (1e-40) stay normal.
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

    // The optimizers' element-wise rules over whole HostVectors in loops the JIT vectorises (all arrays at the same
    // index: SuperWord gives up on arrays indexed with different offsets). Each line rounds in the training
    // precision exactly as the rule is written (float32: after every operation).

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
