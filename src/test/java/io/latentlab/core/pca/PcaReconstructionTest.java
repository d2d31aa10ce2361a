package io.latentlab.core.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.data.Matrix;
import io.latentlab.testing.SklearnFixture;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** PCA's reconstruction MSE, the baseline for the autoencoder's. */
class PcaReconstructionTest {

    static final List<String> FIXTURES = SklearnFixture.ALL;

    private static double mse(Matrix reconstructed, Matrix x) {
        double sum = 0;
        for (int i = 0; i < x.data().length; i++) {
            double e = reconstructed.data()[i] - x.data()[i];
            sum += e * e;
        }
        return sum / x.data().length;
    }

    /** scikit-learn's inverse_transform(transform(X)) from the fixture's own components and projection. */
    @ParameterizedTest
    @FieldSource("FIXTURES")
    void isScikitLearnsInverseTransformError(String name) {
        SklearnFixture f = SklearnFixture.load(name);
        Matrix x = f.x();
        Matrix z = SklearnFixture.matrix(f.at("/pca/X_transformed"));
        Matrix components = SklearnFixture.matrix(f.at("/pca/components"));
        double[] mean = SklearnFixture.vector(f.at("/pca/mean"));
        double[] back = new double[x.rows() * x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                double v = mean[j];
                for (int c = 0; c < z.cols(); c++) {
                    v += z.data()[i * z.cols() + c] * components.data()[c * x.cols() + j];
                }
                back[i * x.cols() + j] = v;
            }
        }
        double sklearn = mse(new Matrix(x.rows(), x.cols(), back), x);
        PcaModel pca = Pca.fit(x, 2);
        assertEquals(sklearn, pca.reconstructionMse(x), 1e-9 * Math.max(1, sklearn), name);
    }

    /**
     * Exactly what reconstructing every row and averaging gives (so the row-by-row pass holds no bigger matrix and
     * no other arithmetic), and on the training rows the variance the components leave out: Σ of the other
     * eigenvalues × (n − 1) / (n d).
     */
    @ParameterizedTest
    @FieldSource("FIXTURES")
    void isTheErrorOfTheReconstructionAndTheVarianceLeftOut(String name) {
        Matrix x = SklearnFixture.load(name).x();
        PcaModel pca = Pca.fit(x, 2);
        double direct = mse(pca.inverseTransform(pca.transform(x)), x);
        assertEquals(direct, pca.reconstructionMse(x), 0.0, name + ": bit for bit");
        double kept = pca.explainedVariance()[0] + pca.explainedVariance()[1];
        double leftOut = (pca.totalVariance() - kept) * (x.rows() - 1) / ((double) x.rows() * x.cols());
        assertEquals(leftOut, pca.reconstructionMse(x), 1e-9 * Math.max(1, leftOut), name + ": variance left out");
    }
}
