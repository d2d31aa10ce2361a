package io.latentlab.core.ae;

import static io.latentlab.testing.InvalidValues.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.latentlab.core.validation.InvalidValueException;
import io.latentlab.testing.InvalidValues;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static final AutoencoderConfig REC = AutoencoderConfig.recommended();
    private static final NetworkConfig NET = REC.network();
    private static final TrainingConfig TRAIN = REC.training();

    /** Each invalid value, the path its record reports (relative to the record that threw) and the message. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid(
                        () -> REC.toBuilder().batchSize(0).build(),
                        "training.batchSize",
                        "training.batchSize must be >= 1, got 0"),
                invalid(
                        () -> REC.toBuilder().bottleneck(0).build(),
                        "network.bottleneck",
                        "network.bottleneck must be >= 1, got 0"),
                invalid(
                        () -> REC.toBuilder().maxEpochs(-3).build(),
                        "training.maxEpochs",
                        "training.maxEpochs must be >= 1, got -3"),
                invalid(
                        () -> REC.toBuilder().encoder(List.of(8, 0)).build(),
                        "network.encoder[1]",
                        "network.encoder[1] must be >= 1, got 0"),
                invalid(
                        () -> REC.toBuilder().encoder(null).build(),
                        "network.encoder",
                        "network.encoder must be set (use [] for no hidden layers)"),
                invalid(
                        () -> REC.toBuilder().decoder(List.of(4, -1)).build(),
                        "network.decoder[1]",
                        "network.decoder[1] must be >= 1, got -1"),
                invalid(
                        () -> REC.toBuilder().outputActivation(Activation.RELU).build(),
                        "network.outputActivation",
                        "network.outputActivation must be linear or sigmoid, got relu"),
                invalid(
                        () -> REC.toBuilder().hiddenActivation(null).build(),
                        "network.hiddenActivation",
                        "network.hiddenActivation must be set"),
                invalid(
                        () -> REC.toBuilder().precision(null).build(),
                        "network.precision",
                        "network.precision must be set"),
                invalid(
                        () -> REC.toBuilder().alpha(-1).build(),
                        "training.alpha",
                        "training.alpha must be a finite number >= 0, got -1.0"),
                invalid(
                        () -> REC.toBuilder().snapshotEvery(-1).build(),
                        "training.snapshotEvery",
                        "training.snapshotEvery must be >= 0, got -1"),
                invalid(
                        () -> REC.toBuilder().seed(-1).build(),
                        "training.seed",
                        "training.seed must be between 0 and 4294967295 with the sklearn init (NumPy's seed range), got -1"),
                invalid(() -> REC.toBuilder().init(null).build(), "training.init", "training.init must be set"),
                invalid(
                        () -> REC.toBuilder().stopping(null).build(),
                        "training.stopping",
                        "training.stopping must be set"),
                invalid(
                        () -> REC.toBuilder().learningRate(0).build(),
                        "training.optimizer.learningRate",
                        "training.optimizer.learningRate must be a finite number > 0, got 0.0"),
                invalid(() -> new AutoencoderConfig(null, TRAIN), "network", "network must be set"),
                invalid(
                        () -> new NetworkConfig(
                                List.of(4),
                                2,
                                List.of(),
                                Activation.RELU,
                                Activation.LINEAR,
                                Activation.TANH,
                                Precision.FLOAT32),
                        "outputActivation",
                        "outputActivation must be linear or sigmoid, got tanh"),
                invalid(
                        () -> new TrainingConfig(
                                Init.SKLEARN, 1, 0, TRAIN.optimizer(), 0, 1, TRAIN.stopping(), null, 0),
                        "batchSize",
                        "batchSize must be >= 1, got 0"),
                invalid(
                        () -> OptimizerConfig.adam(0),
                        "learningRate",
                        "learningRate must be a finite number > 0, got 0.0"),
                invalid(
                        () -> new OptimizerConfig(Optimizer.ADAM, 1e-3, 0.9, 1.0, 1e-8, 0.9, true, java.util.List.of()),
                        "beta2",
                        "beta2 must be in [0.0, 1.0), got 1.0"),
                invalid(
                        () -> new OptimizerConfig(Optimizer.SGD, 1e-3, -0.1, 0.9, 1e-8, 0.9, true, java.util.List.of()),
                        "beta1",
                        "beta1 must be in [0.0, 1.0), got -0.1"),
                invalid(
                        () -> new OptimizerConfig(Optimizer.SGD, 1e-3, 0.9, 0.9, 0, 0.9, true, java.util.List.of()),
                        "epsilon",
                        "epsilon must be a finite number > 0, got 0.0"),
                invalid(
                        () -> OptimizerConfig.sgd(0.1, 1.5, true),
                        "momentum",
                        "momentum must be in [0.0, 1.0], got 1.5"),
                invalid(
                        () -> new OptimizerConfig(null, 1e-3, 0.9, 0.9, 1e-8, 0.9, true, java.util.List.of()),
                        "type",
                        "type must be set"),
                invalid(() -> StoppingConfig.trainingLoss(1e-4, 0), "patience", "patience must be >= 1, got 0"),
                invalid(() -> StoppingConfig.trainingLoss(-1, 3), "tol", "tol must be a finite number >= 0, got -1.0"),
                invalid(
                        () -> StoppingConfig.validation(1e-4, 10, 0),
                        "validationFraction",
                        "validationFraction must be in (0, 1) for the validation rule, got 0.0"),
                invalid(() -> new StoppingConfig(null, 1e-4, 10, 0.1), "rule", "rule must be set"),
                invalid(() -> NoiseConfig.masking(1.5), "level", "level must be in [0.0, 1.0), got 1.5"),
                invalid(() -> NoiseConfig.gaussian(-0.5), "level", "level must be a finite number >= 0, got -0.5"),
                invalid(() -> new NoiseConfig(null, 0), "type", "type must be set"),
                invalid(
                        () -> new Preprocessing("maxabs", null),
                        "kind",
                        "kind must be one of minmax, standard, none, got 'maxabs'"),
                invalid(
                        () -> new Preprocessing("minmax", java.util.Collections.singletonMap("data_min", null)),
                        "arrays.data_min",
                        "arrays.data_min must be set"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidValues")
    void invalidValuesAreReportedByPath(Executable build, String path, String message) {
        InvalidValues.assertReportedByPath(build, path, message);
    }

    @Test
    void builderChangesOnlyWhatItIsTold() {
        AutoencoderConfig c =
                REC.toBuilder().batchSize(64).learningRate(1e-3).bottleneck(3).build();
        assertEquals(64, c.training().batchSize());
        assertEquals(OptimizerConfig.adam(1e-3), c.training().optimizer());
        assertEquals(3, c.network().bottleneck());
        assertEquals(
                REC,
                c.toBuilder().batchSize(200).learningRate(2e-3).bottleneck(2).build());
        assertEquals(REC, AutoencoderConfig.builder().build(), "builder() starts from recommended()");
        assertEquals(
                AutoencoderConfig.notebook(),
                REC.toBuilder()
                        .network(AutoencoderConfig.notebook().network())
                        .training(AutoencoderConfig.notebook().training())
                        .build());

        AutoencoderConfig sgd = REC.toBuilder()
                .learningRate(0.5)
                .optimizer(OptimizerConfig.sgd(0.05, 0.8, false))
                .build();
        assertEquals(
                OptimizerConfig.sgd(0.05, 0.8, false),
                sgd.training().optimizer(),
                "a later optimizer replaces an earlier learning rate");
        AutoencoderConfig layered = REC.toBuilder()
                .layers(List.of(6), 4, List.of(5, 7))
                .activations(Activation.TANH, Activation.TANH, Activation.SIGMOID)
                .build();
        assertEquals(
                new NetworkConfig(
                        List.of(6),
                        4,
                        List.of(5, 7),
                        Activation.TANH,
                        Activation.TANH,
                        Activation.SIGMOID,
                        Precision.FLOAT32),
                layered.network());
        assertEquals(REC.training(), layered.training());
    }

    @Test
    void underPrefixesThePathAndKeepsTheReason() {
        InvalidValueException e = new InvalidValueException("centers[3]", "must hold finite numbers, got NaN");
        InvalidValueException outer = e.under("data.blobs");
        assertEquals("data.blobs.centers[3]", outer.path());
        assertEquals(e.reason(), outer.reason());
        assertEquals("data.blobs.centers[3] must hold finite numbers, got NaN", outer.getMessage());
        assertEquals(e, outer.getCause());
        assertEquals("encoder[1]", InvalidValueException.join("encoder", "[1]"));
        assertEquals("network", InvalidValueException.join("network", ""));
        assertEquals("seed", InvalidValueException.join("", "seed"));
    }

    @Test
    void presetsAreWhatTheyClaim() {
        AutoencoderConfig nb = AutoencoderConfig.notebook();
        Architecture a = nb.architecture(50);
        assertEquals(List.of(50, 50, 100, 50, 2, 50, 100, 50, 50), a.sizes());
        assertEquals(4, a.encoderLayerCount());
        assertEquals(
                List.of(
                        Activation.RELU,
                        Activation.RELU,
                        Activation.RELU,
                        Activation.RELU,
                        Activation.RELU,
                        Activation.RELU,
                        Activation.RELU,
                        Activation.LINEAR),
                a.activations());
        TrainingConfig t = nb.training();
        assertEquals(Init.SKLEARN, t.init());
        assertEquals(1e-15, t.alpha());
        assertEquals(OptimizerConfig.adam(1e-3), t.optimizer());
        assertEquals(new StoppingConfig(StopRule.TRAINING_LOSS, 1e-4, 10, 0.1), t.stopping());
        assertEquals(10000, t.maxEpochs());
        assertEquals(200, t.batchSize());
        assertEquals(17, t.seed());
        assertEquals(Precision.FLOAT64, nb.network().precision());

        assertEquals(Activation.LINEAR, REC.network().bottleneckActivation());
        assertEquals(List.of(50, 100, 50), REC.effectiveDecoder(), "an empty decoder mirrors the encoder");
        assertEquals(
                List.of(7, 50, 100, 50, 3, 50, 100, 50, 7),
                REC.toBuilder().bottleneck(3).build().architecture(7).sizes());
        assertEquals(25200 + 452, REC.architecture(50).parameterCount());
    }

    @Test
    void configsRoundTripThroughJsonWithLowerCaseEnums() throws Exception {
        AutoencoderConfig c = REC.toBuilder()
                .noise(NoiseConfig.masking(0.1))
                .stopping(StoppingConfig.validation(1e-3, 4, 0.2))
                .activations(Activation.LEAKY_RELU, Activation.TANH, Activation.SIGMOID)
                .optimizer(OptimizerConfig.sgd(0.05, 0.8, false))
                .build();
        String json = mapper.writeValueAsString(c);
        JsonNode tree = mapper.readTree(json);
        JsonNode network = tree.get("network");
        JsonNode training = tree.get("training");
        assertEquals(2, tree.size(), json);
        assertEquals("leaky_relu", network.get("hiddenActivation").asText());
        assertEquals("float32", network.get("precision").asText());
        assertTrue(network.has("bottleneckActivation") && !network.has("maxEpochs"));
        assertEquals("sklearn", training.get("init").asText());
        assertEquals("sgd", training.get("optimizer").get("type").asText());
        assertEquals("validation", training.get("stopping").get("rule").asText());
        assertEquals("masking", training.get("noise").get("type").asText());
        assertTrue(training.has("snapshotEvery") && training.has("maxEpochs") && !training.has("encoder"));
        assertEquals(c, mapper.readValue(json, AutoencoderConfig.class));
        AutoencoderConfig nb = AutoencoderConfig.notebook();
        assertEquals(nb, mapper.readValue(mapper.writeValueAsString(nb), AutoencoderConfig.class));
        TrainingConfig t = c.training();
        for (Object value : List.of(c.network(), t, t.optimizer(), t.stopping(), t.noise())) {
            assertEquals(value, mapper.readValue(mapper.writeValueAsString(value), value.getClass()));
        }
    }

    @Test
    void jsonReadingAcceptsIdentityAndReportsBadValues() throws Exception {
        String json = mapper.writeValueAsString(REC);
        String identity = json.replace("\"outputActivation\":\"linear\"", "\"outputActivation\":\"identity\"");
        assertEquals(
                Activation.LINEAR,
                mapper.readValue(identity, AutoencoderConfig.class).network().outputActivation());

        String unknown = json.replace("\"hiddenActivation\":\"relu\"", "\"hiddenActivation\":\"swish\"");
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(unknown, AutoencoderConfig.class));
        assertTrue(
                e.getMessage()
                        .contains(
                                "unknown activation 'swish', expected one of: relu, leaky_relu, elu, tanh, sigmoid, linear"),
                e.getMessage());

        String badBatch = json.replace("\"batchSize\":200", "\"batchSize\":0");
        ValueInstantiationException v = assertThrows(
                ValueInstantiationException.class, () -> mapper.readValue(badBatch, AutoencoderConfig.class));
        InvalidValueException cause = (InvalidValueException) v.getCause();
        assertEquals("batchSize", cause.path());
        assertEquals("must be >= 1, got 0", cause.reason());

        String noDecoderNoNoise = json.replace("\"decoder\":[],", "").replaceAll(",\"noise\":\\{[^}]*\\}", "");
        AutoencoderConfig lenient = mapper.readValue(noDecoderNoNoise, AutoencoderConfig.class);
        assertEquals(List.of(), lenient.network().decoder());
        assertEquals(NoiseConfig.none(), lenient.training().noise());
    }
}
