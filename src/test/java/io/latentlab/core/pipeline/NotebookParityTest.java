package io.latentlab.core.pipeline;

import static io.latentlab.testing.Approx.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.TrainTestSplit;
import io.latentlab.testing.SklearnFixture;
import io.latentlab.testing.Ulps;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notebook preset reproduces the seed notebook's data side exactly: the same blobs, the same split, the same
 * PCA and silhouettes as scikit-learn 1.2.1 (fixtures/notebook, made by the script beside it).
 */
class NotebookParityTest {

    private static JsonNode expected;
    private static ExperimentConfig notebook;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NotebookParityTest.class.getResourceAsStream("/fixtures/notebook/notebook_data.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        notebook = Presets.load(Presets.NOTEBOOK);
    }

    private static int[] ints(JsonNode n) {
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).asInt();
        }
        return out;
    }

    @Test
    void blobsAndSplitAreTheNotebooksRows() {
        Dataset all = DataPreparation.load(notebook.data());
        Ulps.assertNearlyBitwise(
                SklearnFixture.vector(expected.get("X_first_row")), all.x().row(0), "X[0]");
        Ulps.assertNearlyBitwise(
                SklearnFixture.vector(expected.get("X_last_row")), all.x().row(all.rows() - 1), "X[-1]");
        double sum = Arrays.stream(all.x().data()).sum();
        assertClose(expected.get("X_sum").asDouble(), sum, 1e-12, "sum of X");
        assertArrayEquals(ints(expected.get("y_first_50")), Arrays.copyOf(all.labels(), 50));
        TrainTestSplit.Split split = TrainTestSplit.split(all, 0.2, 1, false);
        assertArrayEquals(ints(expected.get("test_indices_first_50")), Arrays.copyOf(split.testRows(), 50));
        assertArrayEquals(ints(expected.get("train_indices_first_50")), Arrays.copyOf(split.trainRows(), 50));
    }

    @Test
    void pcaAndSilhouettesAreTheNotebooksNumbers() {
        Baseline b = Pipeline.prepare(notebook, ProgressListener.SILENT);
        assertClose(
                SklearnFixture.vector(expected.get("explained_variance_ratio")),
                b.pca().explainedVarianceRatio(),
                1e-9,
                "explained variance ratio");
        assertClose(
                expected.get("silhouette_original_test").asDouble(),
                b.originalSilhouette(),
                1e-9,
                "silhouette of the scaled 50-D test rows");
        assertClose(
                expected.get("silhouette_pca_test").asDouble(),
                b.pcaScores().silhouette(),
                1e-9,
                "silhouette of the PCA projection");
        assertEquals(0.3247661, b.pcaScores().silhouette(), 5e-8);
    }
}
