package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConfigTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void validationMessagesNameTheField() {
        AutoencoderConfig c = AutoencoderConfig.recommended();
        assertEquals("autoencoder.batchSize must be >= 1, got 0", message(() -> c.withBatchSize(0)));
        assertEquals("autoencoder.bottleneck must be >= 1, got 0", message(() -> c.withBottleneck(0)));
        assertEquals("autoencoder.maxEpochs must be >= 1, got -3", message(() -> c.withMaxEpochs(-3)));
        assertEquals("autoencoder.encoder[1] must be >= 1, got 0", message(() -> c.withLayers(List.of(8, 0), 2, List.of())));
        assertEquals("autoencoder.outputActivation must be linear or sigmoid, got relu",
                message(() -> c.withActivations(Activation.RELU, Activation.LINEAR, Activation.RELU)));
        assertEquals("autoencoder.alpha must be a finite number >= 0, got -1.0", message(() -> c.withAlpha(-1)));
        assertEquals("autoencoder.snapshotEvery must be >= 0, got -1", message(() -> c.withSnapshotEvery(-1)));
        assertEquals("optimizer.learningRate must be a finite number > 0, got 0.0", message(() -> OptimizerConfig.adam(0)));
        assertEquals("optimizer.beta2 must be in [0.0, 1.0), got 1.0",
                message(() -> new OptimizerConfig(Optimizer.ADAM, 1e-3, 0.9, 1.0, 1e-8, 0.9, true)));
        assertEquals("stopping.patience must be >= 1, got 0", message(() -> StoppingConfig.trainingLoss(1e-4, 0)));
        assertEquals("stopping.validationFraction must be in (0, 1) for the validation rule, got 0.0",
                message(() -> StoppingConfig.validation(1e-4, 10, 0)));
        assertEquals("noise.level must be in [0.0, 1.0), got 1.5", message(() -> NoiseConfig.masking(1.5)));
        assertEquals("autoencoder.precision must be set", message(() -> c.withPrecision(null)));
    }

    @Test
    void presetsAreWhatTheyClaim() {
        AutoencoderConfig nb = AutoencoderConfig.notebook();
        Architecture a = nb.architecture(50);
        assertEquals(List.of(50, 50, 100, 50, 2, 50, 100, 50, 50), a.sizes());
        assertEquals(4, a.encoderLayerCount());
        assertEquals(List.of(Activation.RELU, Activation.RELU, Activation.RELU, Activation.RELU,
                Activation.RELU, Activation.RELU, Activation.RELU, Activation.LINEAR), a.activations());
        assertEquals(Init.SKLEARN, nb.init());
        assertEquals(1e-15, nb.alpha());
        assertEquals(OptimizerConfig.adam(1e-3), nb.optimizer());
        assertEquals(new StoppingConfig(StopRule.TRAINING_LOSS, 1e-4, 10, 0.1), nb.stopping());
        assertEquals(10000, nb.maxEpochs());
        assertEquals(200, nb.batchSize());
        assertEquals(17, nb.seed());
        assertEquals(Precision.FLOAT64, nb.precision());

        AutoencoderConfig rec = AutoencoderConfig.recommended();
        assertEquals(Activation.LINEAR, rec.bottleneckActivation());
        assertEquals(List.of(50, 100, 50), rec.effectiveDecoder(), "an empty decoder mirrors the encoder");
        assertEquals(List.of(7, 50, 100, 50, 3, 50, 100, 50, 7), rec.withBottleneck(3).architecture(7).sizes());
        assertEquals(25200 + 452, rec.architecture(50).parameterCount());
    }

    @Test
    void configsRoundTripThroughJsonWithLowerCaseEnums() throws Exception {
        AutoencoderConfig c = AutoencoderConfig.recommended()
                .withNoise(NoiseConfig.masking(0.1))
                .withStopping(StoppingConfig.validation(1e-3, 4, 0.2))
                .withActivations(Activation.LEAKY_RELU, Activation.TANH, Activation.SIGMOID)
                .withOptimizer(OptimizerConfig.sgd(0.05, 0.8, false));
        String json = mapper.writeValueAsString(c);
        JsonNode tree = mapper.readTree(json);
        assertEquals("leaky_relu", tree.get("hiddenActivation").asText());
        assertEquals("sklearn", tree.get("init").asText());
        assertEquals("sgd", tree.get("optimizer").get("type").asText());
        assertEquals("validation", tree.get("stopping").get("rule").asText());
        assertEquals("masking", tree.get("noise").get("type").asText());
        assertEquals("float32", tree.get("precision").asText());
        assertTrue(tree.has("snapshotEvery") && tree.has("bottleneckActivation") && tree.has("maxEpochs"));
        assertEquals(c, mapper.readValue(json, AutoencoderConfig.class));
        AutoencoderConfig nb = AutoencoderConfig.notebook();
        assertEquals(nb, mapper.readValue(mapper.writeValueAsString(nb), AutoencoderConfig.class));
        for (Class<?> type : List.of(OptimizerConfig.class, StoppingConfig.class, NoiseConfig.class)) {
            Object value = type == OptimizerConfig.class ? c.optimizer() : type == StoppingConfig.class ? c.stopping() : c.noise();
            assertEquals(value, mapper.readValue(mapper.writeValueAsString(value), type));
        }
    }

    @Test
    void jsonReadingAcceptsIdentityAndReportsBadValues() throws Exception {
        String json = mapper.writeValueAsString(AutoencoderConfig.recommended());
        String identity = json.replace("\"outputActivation\":\"linear\"", "\"outputActivation\":\"identity\"");
        assertEquals(Activation.LINEAR, mapper.readValue(identity, AutoencoderConfig.class).outputActivation());

        String unknown = json.replace("\"hiddenActivation\":\"relu\"", "\"hiddenActivation\":\"swish\"");
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(unknown, AutoencoderConfig.class));
        assertTrue(e.getMessage().contains("unknown activation 'swish', expected one of: relu, leaky_relu, elu, tanh, sigmoid, linear"),
                e.getMessage());

        String badBatch = json.replace("\"batchSize\":200", "\"batchSize\":0");
        ValueInstantiationException v = assertThrows(ValueInstantiationException.class,
                () -> mapper.readValue(badBatch, AutoencoderConfig.class));
        assertTrue(v.getMessage().contains("autoencoder.batchSize must be >= 1, got 0"), v.getMessage());

        String noDecoderNoNoise = json.replace("\"decoder\":[],", "").replaceAll(",\"noise\":\\{[^}]*\\}", "");
        AutoencoderConfig lenient = mapper.readValue(noDecoderNoNoise, AutoencoderConfig.class);
        assertEquals(List.of(), lenient.decoder());
        assertEquals(NoiseConfig.none(), lenient.noise());
    }
}
