package io.latentlab.core.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.data.Scaler;
import io.latentlab.core.data.ScalingMethod;
import io.latentlab.core.data.io.BundledData;
import io.latentlab.core.metrics.Silhouette;
import io.latentlab.testing.SklearnFixture;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The bundled Fashion-MNIST through the lab's own scaling, PCA and silhouette gives scikit-learn 1.2.1's numbers
 * (fixtures/fashion, made by the script beside it): MinMax fitted on the 60,000 training rows, PCA(2) fitted on
 * them, the 10,000 test rows projected and scored with their labels. Takes a few seconds (the 784 x 784 covariance
 * of 60,000 rows, and a 10,000-row silhouette).
 */
class FashionMnistPcaParityTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void pcaAndSilhouetteAreScikitLearns() throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/fashion/fashion_pca.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        Scaler scaler;
        Matrix scaledTrain;
        {
            Dataset train = BundledData.fashionMnistTrain(); // raw pixels dropped once scaled: 380 MB each
            assertEquals(expected.get("train_rows").asInt(), train.rows());
            assertEquals(expected.get("features").asInt(), train.features());
            scaler = Scaler.fit(ScalingMethod.MINMAX, train.x());
            scaledTrain = scaler.transform(train.x());
        }
        PcaModel pca = Pca.fit(scaledTrain, 2);
        scaledTrain = null;

        Dataset test = BundledData.fashionMnistTest();
        Matrix projected = pca.transform(scaler.transform(test.x()));
        double silhouette = Silhouette.compute(projected, test.labels()).score();

        double[] ratio = SklearnFixture.vector(expected.get("explained_variance_ratio"));
        double[] variance = SklearnFixture.vector(expected.get("explained_variance"));
        for (int k = 0; k < 2; k++) {
            assertEquals(ratio[k], pca.explainedVarianceRatio()[k], TOLERANCE, "explained variance ratio " + k);
            assertEquals(variance[k], pca.explainedVariance()[k], TOLERANCE * variance[k], "explained variance " + k);
        }
        JsonNode first = expected.get("test_projection_first_5");
        for (int i = 0; i < first.size(); i++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(
                        first.get(i).get(k).asDouble(),
                        projected.get(i, k),
                        TOLERANCE,
                        "test row " + i + ", component " + k);
            }
        }
        assertEquals(
                expected.get("silhouette_pca_test").asDouble(),
                silhouette,
                TOLERANCE,
                "silhouette of the PCA projection of the test rows");
        System.out.printf(
                "fashion-mnist PCA: ratio %.17g %.17g, variance %.17g %.17g, silhouette %.17g%n",
                pca.explainedVarianceRatio()[0],
                pca.explainedVarianceRatio()[1],
                pca.explainedVariance()[0],
                pca.explainedVariance()[1],
                silhouette);
    }
}
