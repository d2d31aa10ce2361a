package io.latentlab.core.pca;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Principal component analysis as scikit-learn's {@code PCA(svd_solver='full')} computes it, via the covariance
 * matrix and a symmetric eigen decomposition on ND4J (LAPACK syev). ND4J's own PCA helpers are avoided: one is
 * broken and another takes seconds; this takes milliseconds for 16000 x 50.
 *
 * <p>Signs follow sklearn's {@code svd_flip}: in each component, the training row with the largest absolute
 * projection projects positively. So our components equal sklearn's, not only up to sign.
 */
public final class Pca {

    private Pca() {}

    public static PcaModel fit(Matrix x, int components) {
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
        double[] centred = centre(x, mean);

        INDArray xc = Nd4j.create(centred, new long[] {n, d}, 'c');
        INDArray cov = Nd4j.createUninitialized(org.nd4j.linalg.api.buffer.DataType.DOUBLE, new long[] {d, d}, 'f');
        Nd4j.gemm(xc, xc, cov, true, false, 1.0 / (n - 1), 0.0);
        double totalVariance = 0;
        for (int j = 0; j < d; j++) {
            totalVariance += cov.getDouble(j, j);
        }
        // syev overwrites its argument with the eigenvectors (columns), eigenvalues ascending.
        INDArray eigenvalues = Eigen.symmetricGeneralizedEigenvalues(cov, true);

        double[][] axes = new double[components][d];
        double[] variance = new double[components];
        for (int k = 0; k < components; k++) {
            int col = d - 1 - k;
            variance[k] = Math.max(0.0, eigenvalues.getDouble(col));
            for (int j = 0; j < d; j++) {
                axes[k][j] = cov.getDouble(j, col);
            }
        }
        flipSigns(centred, n, d, axes);

        double[] ratio = new double[components];
        double[] singular = new double[components];
        for (int k = 0; k < components; k++) {
            ratio[k] = totalVariance > 0 ? variance[k] / totalVariance : 0.0;
            singular[k] = Math.sqrt(variance[k] * (n - 1));
        }
        return new PcaModel(mean, axes, variance, ratio, singular, totalVariance, n);
    }

    private static double[] centre(Matrix x, double[] mean) {
        int d = x.cols();
        double[] data = x.data();
        double[] out = new double[data.length];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = data[i * d + j] - mean[j];
            }
        }
        return out;
    }

    /** sklearn's svd_flip(u_based_decision=True): the largest |U[:, k]| entry is made positive. */
    private static void flipSigns(double[] centred, int n, int d, double[][] axes) {
        for (double[] axis : axes) {
            double best = -1;
            double sign = 1;
            for (int i = 0; i < n; i++) {
                double p = 0;
                for (int j = 0; j < d; j++) {
                    p += centred[i * d + j] * axis[j];
                }
                if (Math.abs(p) > best) {
                    best = Math.abs(p);
                    sign = Math.signum(p);
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
