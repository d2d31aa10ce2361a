package io.latentlab.core.math;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The matrix products of whichever kernels OpenBLAS runs on here (see {@link BlasKernel}, {@link SingleKernels})
 * against a plain triple loop: float32 and float64, all four transpositions, beta 0 and 1, from the notebook's small
 * layers to shapes large enough for OpenBLAS's blocked path. Both OpenBLAS libraries are checked: the one training
 * calls (cblas) and ND4J's (mmul). This is the test that fails on the AVX-512 kernels of this OpenBLAS build in
 * float64 ({@code OPENBLAS_CORETYPE=SkylakeX}).
 */
class MatrixProductTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    static Object[][] shapes() {
        return new Object[][] {
            {200, 50, 100},
            {200, 2, 50},
            {200, 100, 50},
            {50, 100, 200},
            {256, 512, 784},
            {784, 512, 256},
            {513, 301, 397},
            {1000, 64, 1000},
            {7, 3, 5}
        };
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void cblasProductsEqualTheTripleLoop(int m, int n, int k) {
        SplittableRandom random = new SplittableRandom(m * 31L + n * 7L + k);
        for (boolean transA : new boolean[] {false, true}) {
            for (boolean transB : new boolean[] {false, true}) {
                for (double beta : new double[] {0.0, 1.0}) {
                    double[] a = gaussian(random, m * k);
                    double[] b = gaussian(random, k * n);
                    double[] c = gaussian(random, m * n);
                    double[] expected = reference(transA, transB, m, n, k, a, b, beta, c);
                    String what =
                            (transA ? "T" : "N") + (transB ? "T" : "N") + " beta " + beta + " " + m + "x" + n + "x" + k;
                    assertClose(expected, single(transA, transB, m, n, k, a, b, beta, c), k, 1e-5, "sgemm " + what);
                    assertClose(expected, twice(transA, transB, m, n, k, a, b, beta, c), k, 1e-12, "dgemm " + what);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void nd4jProductsEqualTheTripleLoop(int m, int n, int k) {
        SplittableRandom random = new SplittableRandom(m * 17L + n * 5L + k);
        double[] a = gaussian(random, m * k);
        double[] b = gaussian(random, k * n);
        double[] expected = reference(false, false, m, n, k, a, b, 0.0, new double[m * n]);
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = Nd4j.create(a, new long[] {m, k}, 'c').castTo(type);
            INDArray y = Nd4j.create(b, new long[] {k, n}, 'c').castTo(type);
            double[] got = x.mmul(y).castTo(DataType.DOUBLE).dup('c').data().asDouble();
            assertClose(expected, got, k, type == DataType.FLOAT ? 1e-5 : 1e-12, "ND4J mmul " + type);
        }
    }

    /** C = AᵀA by syrk (upper triangle), as PCA forms its covariance, for tall A (rows x cols). */
    @ParameterizedTest
    @MethodSource("tall")
    void syrkEqualsTheTripleLoop(int rows, int cols) {
        int before = Nd4jRuntime.useThreads(2); // PCA's syrk runs on two threads when it is large
        try {
            syrk(rows, cols);
        } finally {
            Nd4jRuntime.useThreads(before);
        }
    }

    private static void syrk(int rows, int cols) {
        SplittableRandom random = new SplittableRandom(rows + cols);
        double[] a = gaussian(random, rows * cols);
        double[] expected = reference(true, false, cols, cols, rows, a, a, 0.0, new double[cols * cols]);
        DoublePointer c = new DoublePointer((long) cols * cols);
        openblas_nolapack.cblas_dsyrk(
                CblasRowMajor,
                openblas_nolapack.CblasUpper,
                CblasTrans,
                cols,
                rows,
                1.0,
                new DoublePointer(a),
                cols,
                0.0,
                c,
                cols);
        FloatPointer cf = new FloatPointer((long) cols * cols);
        openblas_nolapack.cblas_ssyrk(
                CblasRowMajor, openblas_nolapack.CblasUpper, CblasTrans, cols, rows, 1f, floats(a), cols, 0f, cf, cols);
        double[] upper = new double[cols * cols];
        double[] upperSingle = new double[cols * cols];
        double[] wanted = new double[cols * cols];
        for (int i = 0; i < cols; i++) {
            for (int j = i; j < cols; j++) {
                upper[i * cols + j] = c.get((long) i * cols + j);
                upperSingle[i * cols + j] = cf.get((long) i * cols + j);
                wanted[i * cols + j] = expected[i * cols + j];
            }
        }
        assertClose(wanted, upper, rows, 1e-12, "dsyrk " + rows + "x" + cols);
        assertClose(wanted, upperSingle, rows, 1e-5, "ssyrk " + rows + "x" + cols);
    }

    /**
     * LAPACK's dsyevr, as PCA calls it, on a 784 x 784 covariance: each eigenpair found satisfies A·v = λ·v. Its
     * reductions run on dtrmm and dsyr2k, which are wrong on this build's SkylakeX float64 kernels.
     */
    @org.junit.jupiter.api.Test
    void symmetricEigenpairsSatisfyTheirEquation() {
        int d = 784;
        int rows = 1000;
        SplittableRandom random = new SplittableRandom(3);
        double[] x = gaussian(random, rows * d);
        for (int i = 0; i < rows; i++) {
            for (int j = 1; j < d; j++) {
                x[i * d + j] += 0.5 * x[i * d + j - 1]; // correlated features, a spread spectrum
            }
        }
        double[] cov = reference(true, false, d, d, rows, x, x, 0.0, new double[d * d]);
        double[] a = cov.clone();
        int components = 10;
        double[] values = new double[d];
        double[] vectors = new double[d * components];
        int[] found = new int[1];
        int info = org.bytedeco.openblas.global.openblas.LAPACKE_dsyevr(
                org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR,
                (byte) 'V',
                (byte) 'I',
                (byte) 'U',
                d,
                a,
                d,
                0.0,
                0.0,
                d - components + 1,
                d,
                org.bytedeco.openblas.global.openblas.LAPACKE_dlamch((byte) 'S'),
                found,
                values,
                vectors,
                components,
                new int[2 * components]);
        assertTrue(info == 0 && found[0] == components, "dsyevr info " + info + ", found " + found[0]);
        double scale = values[components - 1];
        assertEigenpairs(cov, d, components, values, vectors, 1e-9 * scale, "eigenpair");
        // The same in float32, which runs on the SkylakeX kernels where SingleKernels gave them.
        float[] af = new float[d * d];
        for (int i = 0; i < af.length; i++) {
            af[i] = (float) cov[i];
        }
        float[] valuesF = new float[d];
        float[] vectorsF = new float[d * components];
        info = org.bytedeco.openblas.global.openblas.LAPACKE_ssyevr(
                org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR,
                (byte) 'V',
                (byte) 'I',
                (byte) 'U',
                d,
                af,
                d,
                0f,
                0f,
                d - components + 1,
                d,
                org.bytedeco.openblas.global.openblas.LAPACKE_slamch((byte) 'S'),
                found,
                valuesF,
                vectorsF,
                components,
                new int[2 * components]);
        assertTrue(info == 0 && found[0] == components, "ssyevr info " + info + ", found " + found[0]);
        assertEigenpairs(cov, d, components, widen(valuesF), widen(vectorsF), 1e-3 * scale, "float32 eigenpair");
    }

    /** Each of the {@code components} pairs (vectors as columns, d x components) has |A·v − λ·v| within the limit. */
    private static void assertEigenpairs(
            double[] a, int d, int components, double[] values, double[] vectors, double limit, String what) {
        for (int k = 0; k < components; k++) {
            double worst = 0;
            for (int i = 0; i < d; i++) {
                double av = 0;
                for (int j = 0; j < d; j++) {
                    av += a[i * d + j] * vectors[j * components + k];
                }
                worst = Math.max(worst, Math.abs(av - values[k] * vectors[i * components + k]));
            }
            double w = worst;
            int at = k;
            assertTrue(w <= limit, () -> what + " " + at + ": residual " + w + " > " + limit);
        }
    }

    private static double[] widen(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }

    static Object[][] tall() {
        return new Object[][] {{3000, 300}, {16000, 50}, {1000, 784}};
    }

    private static double[] single(
            boolean ta, boolean tb, int m, int n, int k, double[] a, double[] b, double beta, double[] c) {
        FloatPointer pa = floats(a);
        FloatPointer pb = floats(b);
        FloatPointer pc = floats(c);
        openblas_nolapack.cblas_sgemm(
                CblasRowMajor,
                ta ? CblasTrans : CblasNoTrans,
                tb ? CblasTrans : CblasNoTrans,
                m,
                n,
                k,
                1f,
                pa,
                ta ? m : k,
                pb,
                tb ? k : n,
                (float) beta,
                pc,
                n);
        double[] out = new double[m * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = pc.get(i);
        }
        return out;
    }

    private static double[] twice(
            boolean ta, boolean tb, int m, int n, int k, double[] a, double[] b, double beta, double[] c) {
        DoublePointer pc = new DoublePointer(c);
        openblas_nolapack.cblas_dgemm(
                CblasRowMajor,
                ta ? CblasTrans : CblasNoTrans,
                tb ? CblasTrans : CblasNoTrans,
                m,
                n,
                k,
                1.0,
                new DoublePointer(a),
                ta ? m : k,
                new DoublePointer(b),
                tb ? k : n,
                beta,
                pc,
                n);
        double[] out = new double[m * n];
        pc.get(out);
        return out;
    }

    /** C = op(A)·op(B) + beta·C, row-major, op(A) m×k stored k wide (or m wide transposed), in double. */
    private static double[] reference(
            boolean ta, boolean tb, int m, int n, int k, double[] a, double[] b, double beta, double[] c) {
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    double x = ta ? a[p * m + i] : a[i * k + p];
                    double y = tb ? b[j * k + p] : b[p * n + j];
                    sum += x * y;
                }
                out[i * n + j] = sum + beta * c[i * n + j];
            }
        }
        return out;
    }

    /** Each element within {@code tolerance}·√k of the reference, in units of the operands' scale (about 1). */
    private static void assertClose(double[] expected, double[] got, int k, double tolerance, String what) {
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - got[i]));
        }
        double limit = tolerance * Math.sqrt(k) * 4;
        double w = worst;
        assertTrue(w <= limit, () -> what + ": largest error " + w + " > " + limit);
    }

    private static double[] gaussian(SplittableRandom random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian(); // float-representable, so both precisions multiply the same numbers
        }
        return x;
    }

    private static FloatPointer floats(double[] x) {
        FloatPointer p = new FloatPointer(x.length);
        for (int i = 0; i < x.length; i++) {
            p.put(i, (float) x[i]);
        }
        return p;
    }
}
