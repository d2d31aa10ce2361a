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
 * The precision primitives of the network: everything that differs between float32 and float64 training, so that
 * the arithmetic built on them ({@link ElementwiseOps}, {@link Network}) is written once; the optimizers' rules are
 * in {@link OptimizerKernels}. Matrix products and vector operations on the native buffers go straight to the
 * OpenBLAS that ND4J ships (row-major cblas on pointers, no copies). The few primitives BLAS lacks are loops per
 * precision: the ReLU mask and an ordered sum of squares.
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
}
