package io.latentlab.core.pca;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dlamch;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevr;
import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasUpper;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dsyrk;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Principal component analysis as scikit-learn's {@code PCA(svd_solver='full')} computes it, via the covariance
 * matrix and a symmetric eigen decomposition of it (LAPACK's {@code syevr}, for the components asked for only).
 * ND4J's own PCA helpers are avoided: one is broken and another takes seconds; this takes milliseconds for
 * 16000 x 50.
 *
 * <p>Signs follow sklearn's {@code svd_flip}: in each component, the training row with the largest absolute
 * projection projects positively. So our components equal sklearn's, not only up to sign.
 *
 * <p>Cost, for Fashion-MNIST's 60000 x 784: the centred rows go straight into native memory (a heap copy and then
 * ND4J's copy of it took longer than the product), and the covariance is one symmetric rank-k product (BLAS
 * {@code syrk}: half the multiply-adds of a general product), on two threads when it is that large.
 */
public final class Pca {

    /**
     * Multiply-adds of the covariance product ({@code d^2 n / 2}) from which it runs on two BLAS threads, below
     * which on one: measured 0.84 s on one and 0.48 s on two for 60000 x 784 (1.8e10); the notebook's 16000 x 50
     * (2e7) stays on one.
     */
    static final double TWO_THREAD_MULTIPLY_ADDS = 1e9;

    /** Rows centred (and read back for the signs) at a time: 1024 rows of 784 are 6 MB. */
    private static final int ROW_BLOCK = 1024;

    private Pca() {}

    public static PcaModel fit(Matrix x, int components) {
        return fit(x, components, !Nd4jRuntime.threadsFixedByUser());
    }

    /** Like {@link #fit(Matrix, int)}; {@code ownThreads}: choose the BLAS thread counts (else keep the current). */
    static PcaModel fit(Matrix x, int components, boolean ownThreads) {
        int n = x.rows();
        int d = x.cols();
        if (components < 1 || components > Math.min(n, d)) {
            throw new IllegalArgumentException("PCA components must be between 1 and min(rows, features) = "
                    + Math.min(n, d) + ", got " + components);
        }
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 rows, got " + n);
        }
        Nd4jRuntime.ensureConfigured();
        double[] mean = x.columnMeans();
        INDArray xc = Nd4j.createUninitialized(DataType.DOUBLE, new long[] {n, d}, 'c');
        // Through a pointer, not an NIO view: a view holds at most 2^31 bytes (2^28 doubles, 268 million values).
        DoublePointer centred = new DoublePointer(xc.data().addressPointer());
        centre(x, mean, centred);
        double totalVariance = 0;
        double[][] axes = new double[components][d];
        double[] variance = new double[components];
        // The BLAS thread count changes results in their last bits, so PCA sets its own from the data's shape
        // alone (unless the user fixed it), never keeping what ran before (training a wide network leaves two):
        // the same data gives the same PCA in the window and in run.
        int before = Nd4jRuntime.threads();
        int cores = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        try {
            useThreads(ownThreads, (double) d * d * n / 2 < TWO_THREAD_MULTIPLY_ADDS ? 1 : cores);
            double[] cov = covariance(xc, n, d);
            for (int j = 0; j < d; j++) {
                totalVariance += cov[j * d + j];
            }
            useThreads(ownThreads, 1); // the eigen-solver's products are small
            topEigenpairs(cov, d, components, axes, variance);
        } finally {
            useThreads(ownThreads, before);
        }
        flipSigns(centred, n, d, axes);
        // The pointer does not keep the native memory alive: xc must stay reachable until it is done.
        java.lang.ref.Reference.reachabilityFence(xc);

        double[] ratio = new double[components];
        double[] singular = new double[components];
        for (int k = 0; k < components; k++) {
            ratio[k] = totalVariance > 0 ? variance[k] / totalVariance : 0.0;
            singular[k] = Math.sqrt(variance[k] * (n - 1));
        }
        return new PcaModel(mean, axes, variance, ratio, singular, totalVariance, n);
    }

    /** The rows minus the column means, written into {@code out} (n x d, row-major) a block of rows at a time. */
    private static void centre(Matrix x, double[] mean, DoublePointer out) {
        int n = x.rows();
        int d = x.cols();
        double[] data = x.data();
        double[] block = new double[Math.min(n, ROW_BLOCK) * d];
        for (int first = 0; first < n; first += ROW_BLOCK) {
            int rows = Math.min(ROW_BLOCK, n - first);
            for (int i = 0; i < rows; i++) {
                int from = (first + i) * d;
                for (int j = 0; j < d; j++) {
                    block[i * d + j] = data[from + j] - mean[j];
                }
            }
            out.position((long) first * d).put(block, 0, rows * d);
        }
    }

    private static void useThreads(boolean own, int count) {
        if (own) {
            Nd4jRuntime.useThreads(count);
        }
    }

    /** The covariance of the centred rows {@code xc}, d x d row-major: the upper triangle by syrk, mirrored. */
    private static double[] covariance(INDArray xc, int n, int d) {
        INDArray cov = Nd4j.createUninitialized(DataType.DOUBLE, new long[] {d, d}, 'c');
        // Row-major A (n x d), C = alpha A^T A: syrk fills the upper triangle of C only.
        cblas_dsyrk(
                CblasRowMajor,
                CblasUpper,
                CblasTrans,
                d,
                n,
                1.0 / (n - 1),
                (DoublePointer) xc.data().addressPointer(),
                d,
                0.0,
                (DoublePointer) cov.data().addressPointer(),
                d);
        double[] c = new double[d * d];
        cov.data().asNioDouble().get(0, c);
        // The pointers and views do not keep the native memory alive on their own.
        java.lang.ref.Reference.reachabilityFence(xc);
        java.lang.ref.Reference.reachabilityFence(cov);
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                c[j * d + i] = c[i * d + j];
            }
        }
        return c;
    }

    /**
     * The {@code components} largest eigenvalues of the symmetric {@code cov} (destroyed) into {@code variance},
     * largest first, and their eigenvectors into {@code axes}: LAPACK's {@code syevr} for those alone, which for
     * 784 features takes a fraction of a full decomposition's time.
     */
    private static void topEigenpairs(double[] cov, int d, int components, double[][] axes, double[] variance) {
        double[] values = new double[d];
        double[] vectors = new double[d * components];
        int[] found = new int[1];
        int info = LAPACKE_dsyevr(
                LAPACK_ROW_MAJOR,
                (byte) 'V',
                (byte) 'I',
                (byte) 'U',
                d,
                cov,
                d,
                0.0,
                0.0,
                d - components + 1,
                d,
                LAPACKE_dlamch((byte) 'S'),
                found,
                values,
                vectors,
                components,
                new int[2 * components]);
        if (info != 0 || found[0] != components) {
            throw new IllegalStateException("PCA's eigen decomposition failed (LAPACK dsyevr info " + info + ", "
                    + found[0] + " of " + components + " eigenvalues)");
        }
        // Ascending: the largest is the last one found, its vector the last column.
        for (int k = 0; k < components; k++) {
            int col = components - 1 - k;
            variance[k] = Math.max(0.0, values[col]);
            for (int j = 0; j < d; j++) {
                axes[k][j] = vectors[j * components + col];
            }
        }
    }

    /** sklearn's svd_flip(u_based_decision=True): the largest |U[:, k]| entry is made positive. */
    private static void flipSigns(DoublePointer centred, int n, int d, double[][] axes) {
        double[] block = new double[Math.min(n, ROW_BLOCK) * d];
        for (double[] axis : axes) {
            double best = -1;
            double sign = 1;
            for (int first = 0; first < n; first += ROW_BLOCK) {
                int rows = Math.min(ROW_BLOCK, n - first);
                centred.position((long) first * d).get(block, 0, rows * d);
                for (int i = 0; i < rows; i++) {
                    double p = 0;
                    for (int j = 0; j < d; j++) {
                        p += block[i * d + j] * axis[j];
                    }
                    if (Math.abs(p) > best) {
                        best = Math.abs(p);
                        sign = Math.signum(p);
                    }
                }
            }
            if (sign < 0) {
                for (int j = 0; j < d; j++) {
                    axis[j] = -axis[j];
                }
            }
        }
    }
}
