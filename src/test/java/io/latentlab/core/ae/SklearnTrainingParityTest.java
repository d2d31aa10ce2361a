package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.core.config.Presets;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.data.NumpyRandomState;
import io.latentlab.core.pipeline.DataPreparation;
import io.latentlab.testing.SklearnFixture;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notebook preset trains like the notebook's MLPRegressor: the same initial weights, bit for bit, and the same
 * loss curve over the first epochs (fixtures/notebook/notebook_mlp.json, made by the script beside it).
 */
class SklearnTrainingParityTest {

    private static JsonNode expected;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in =
                SklearnTrainingParityTest.class.getResourceAsStream("/fixtures/notebook/notebook_mlp.json")) {
            expected = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void initialWeightsAreSklearns() {
        ParameterLayout layout = new ParameterLayout(Architecture.of(AutoencoderConfig.notebook(), 50));
        double[] flat = ParameterInit.draw(layout, Init.SKLEARN, new NumpyRandomState(17)::nextDouble);
        int w0 = layout.weightOffset[0];
        assertArrayEquals(SklearnFixture.vector(expected.get("init_W0_row0")), Arrays.copyOfRange(flat, w0, w0 + 50));
        int w3 = layout.weightOffset[3];
        assertArrayEquals(
                SklearnFixture.matrix(expected.get("init_W3")).data(), Arrays.copyOfRange(flat, w3, w3 + 100));
        int b7 = layout.biasOffset[7];
        assertArrayEquals(SklearnFixture.vector(expected.get("init_b7")), Arrays.copyOfRange(flat, b7, b7 + 50));
    }

    @Test
    void lossCurveFollowsSklearns() {
        Matrix train =
                DataPreparation.prepare(Presets.load(Presets.NOTEBOOK)).train().x();
        double[] sklearn = SklearnFixture.vector(expected.get("loss_curve"));
        AutoencoderConfig config = AutoencoderConfig.notebook().toBuilder()
                .maxEpochs(sklearn.length)
                .build();
        TrainingResult r = new TrainingSession(config, train, null).run();
        assertEquals(sklearn.length, r.lossCurve().length);
        for (int e = 0; e < sklearn.length; e++) {
            assertEquals(
                    sklearn[e],
                    r.lossCurve()[e],
                    1e-12 * sklearn[e],
                    "loss of epoch " + (e + 1) + ": sklearn " + sklearn[e] + ", ours " + r.lossCurve()[e]);
        }
    }
}
