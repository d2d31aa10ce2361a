package io.latentlab.core.pca;

import static io.latentlab.testing.Approx.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.latentlab.core.data.Matrix;
import io.latentlab.testing.SklearnFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PcaTest {

    static final List<String> FIXTURES = SklearnFixture.ALL;

    /** Our sign rule is sklearn's svd_flip, so no sign alignment is needed: components must match as they are. */
    @ParameterizedTest
    @FieldSource("FIXTURES")
    void matchesSklearnFullSvd(String name) {
        SklearnFixture f = SklearnFixture.load(name);
        PcaModel pca = Pca.fit(f.x(), 2);
        double tol = 1e-9;
        assertClose(SklearnFixture.vector(f.at("/pca/mean")), pca.mean(), 1e-14, name + " mean");
        assertClose(SklearnFixture.vector(f.at("/pca/explained_variance")), pca.explainedVariance(), tol, name + " ev");
        assertClose(
                SklearnFixture.vector(f.at("/pca/explained_variance_ratio")),
                pca.explainedVarianceRatio(),
                tol,
                name + " ratio");
        assertClose(SklearnFixture.vector(f.at("/pca/singular_values")), pca.singularValues(), tol, name + " sv");
        Matrix components = SklearnFixture.matrix(f.at("/pca/components"));
        for (int k = 0; k < 2; k++) {
            assertClose(components.row(k), pca.components()[k], tol, name + " component " + k);
        }
        Matrix expected = SklearnFixture.matrix(f.at("/pca/X_transformed"));
        assertClose(expected.data(), pca.transform(f.x()).data(), tol, name + " X_transformed");
    }

    @Test
    void isDeterministic() {
        SklearnFixture f = SklearnFixture.load("blobs_400x10_c4_std05_rs1");
        assertArrayEquals(
                Pca.fit(f.x(), 3).transform(f.x()).data(),
                Pca.fit(f.x(), 3).transform(f.x()).data());
    }

    @Test
    void moreComponentsThanFeaturesIsAClearError() {
        Matrix x = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 7}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pca.fit(x, 3));
        assertEquals("PCA components must be between 1 and min(rows, features) = 2, got 3", e.getMessage());
    }

    @Test
    void constantDataHasZeroVarianceNotNaN() {
        Matrix x = Matrix.of(new double[][] {{1, 1}, {1, 1}, {1, 1}});
        PcaModel pca = Pca.fit(x, 1);
        assertEquals(0.0, pca.explainedVariance()[0]);
        assertEquals(0.0, pca.explainedVarianceRatio()[0]);
    }

    /**
     * The BLAS thread count changes a product's last bits, so the covariance's follows from the data's shape, not
     * from the count left behind by whatever ran before (training a wide network sets two).
     */
    @Test
    void theResultDoesNotDependOnTheThreadCountLeftBehind() {
        java.util.Random random = new java.util.Random(3);
        int n = 3000;
        int d = 120;
        double[] values = new double[n * d];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextGaussian() * (1 + k % d / 10.0);
        }
        Matrix x = new Matrix(n, d, values);
        int before = io.latentlab.core.math.Nd4jRuntime.useThreads(1);
        try {
            // As when the user has not fixed the count (the tests run with OMP_NUM_THREADS=1, which fixes it).
            PcaModel one = Pca.fit(x, 3, true);
            io.latentlab.core.math.Nd4jRuntime.useThreads(2);
            PcaModel two = Pca.fit(x, 3, true);
            assertEquals(2, io.latentlab.core.math.Nd4jRuntime.threads(), "the count is given back");
            assertArrayEquals(one.explainedVariance(), two.explainedVariance());
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(one.components()[k], two.components()[k], "component " + k);
            }
        } finally {
            io.latentlab.core.math.Nd4jRuntime.useThreads(before);
        }
    }
}
