package io.latentlab.core.ae;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_daxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_ddot;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemv;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dsdot;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_saxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemv;

import io.latentlab.core.data.Matrix;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * The precision primitives: everything that differs between float32 and float64 training. Matrix products and the
 * few vector reductions go straight to the OpenBLAS that ND4J ships (row-major cblas on pointers, no copies); the
 * rest of the arithmetic ({@link ElementwiseOps}, {@link GradientOptimizer}) is written once in double and calls
 * {@link #round} wherever the float32 path must round, which keeps it bitwise the float32 arithmetic it replaces.
 * All matrices are row-major.
 */
final class Kernels {

    private final Precision precision;
    private final boolean single;

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

    /**
     * {@code x} rounded to the training precision: identity in float64; in float32 the nearest float. Rounding the
     * double result of each single +, −, ×, ÷ or √ of floats gives exactly the float operation's result (a double
     * has more than 2·24+2 bits, so the double rounding is innocuous).
     */
    static double round(boolean single, double x) {
        return single ? (double) (float) x : x;
    }

    double round(double x) {
        return round(single, x);
    }

    NativeArray allocate(int length) {
        return new NativeArray(precision, length);
    }

    HostRows host(Matrix m) {
        return new HostRows(m, precision);
    }

    /** C = op(A)·op(B) + beta·C with op(A) m×k, op(B) k×n. */
    void gemm(boolean transA, boolean transB, int m, int n, int k, Pointer a, int lda, Pointer b, int ldb,
              double beta, Pointer c, int ldc) {
        int ta = transA ? CblasTrans : CblasNoTrans;
        int tb = transB ? CblasTrans : CblasNoTrans;
        if (single) {
            cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, 1f, (FloatPointer) a, lda, (FloatPointer) b, ldb,
                    (float) beta, (FloatPointer) c, ldc);
        } else {
            cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, 1.0, (DoublePointer) a, lda, (DoublePointer) b, ldb,
                    beta, (DoublePointer) c, ldc);
        }
    }

    /** dst = Σ_r m[r][·], the column sums of the rows × cols matrix at {@code m}, via BLAS with a vector of ones. */
    void columnSums(Pointer m, int rows, int cols, Pointer ones, Pointer dst) {
        if (single) {
            cblas_sgemv(CblasRowMajor, CblasTrans, rows, cols, 1f, (FloatPointer) m, cols, (FloatPointer) ones, 1,
                    0f, (FloatPointer) dst, 1);
        } else {
            cblas_dgemv(CblasRowMajor, CblasTrans, rows, cols, 1.0, (DoublePointer) m, cols, (DoublePointer) ones,
                    1, 0.0, (DoublePointer) dst, 1);
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
        return single ? cblas_dsdot(n, (FloatPointer) x, 1, (FloatPointer) y, 1)
                : cblas_ddot(n, (DoublePointer) x, 1, (DoublePointer) y, 1);
    }
}
