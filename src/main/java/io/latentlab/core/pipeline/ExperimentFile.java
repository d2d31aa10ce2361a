package io.latentlab.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.ae.LatentDiagnostics;
import io.latentlab.core.ae.SavedModel;
import io.latentlab.core.ae.StopReason;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.config.ConfigException;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.io.SafeInput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A saved experiment: one JSON file ({@code "format": "latent-lab-experiment"}) with the config and, once trained,
 * the model as weights.json has it (weights, scaler, training summary). {@code run --config} reads its config and
 * {@code run --weights} its model, so a file saved from the window reproduces or re-encodes the run headless.
 */
public final class ExperimentFile {

    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = ConfigJson.mapper();

    private ExperimentFile() {}

    /** What a file holds; {@code model} is null for an experiment saved before training. */
    public record Contents(ExperimentConfig config, SavedModel model) {

        /**
         * The finished run as it was saved: the model, its loss curves and stop reason, so the window shows it as
         * after training (no latent snapshot; the scores are computed again from the data).
         */
        public TrainingResult restoredTraining() {
            JsonNode t = model.training();
            double[] loss = numbers(t.path("lossCurve"));
            double[] val = numbers(t.path("validationLossCurve"));
            JsonNode latent = t.path("latent");
            boolean[] dead = new boolean[latent.path("dead").size()];
            for (int i = 0; i < dead.length; i++) {
                dead[i] = latent.path("dead").get(i).asBoolean();
            }
            LatentDiagnostics diagnostics = dead.length == 0
                    ? null
                    : new LatentDiagnostics(
                            numbers(latent.path("activeFraction")), numbers(latent.path("variance")), dead, 0);
            double[] rates = numbers(t.path("learningRates"));
            if (rates.length != loss.length) {
                rates = new double[loss.length];
                java.util.Arrays.fill(
                        rates, config.autoencoder().training().optimizer().learningRate());
            }
            return new TrainingResult(
                    model.model(),
                    t.path("epochs").asInt(loss.length),
                    StopReason.fromId(t.path("stopReason").asText("max_epochs")),
                    t.path("stopMessage").asText(""),
                    loss,
                    val,
                    rates,
                    t.path("secondsTotal").asDouble(Double.NaN),
                    t.path("secondsPerEpoch").asDouble(Double.NaN),
                    diagnostics,
                    null,
                    config.autoencoder(),
                    numbers(t.path("testLossCurve")));
        }
    }

    /** Writes {@code config} and, when {@code trained} is given, its model. */
    public static void write(Path file, ExperimentConfig config, Outcome trained) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", ConfigJson.EXPERIMENT_FORMAT);
        root.put("version", VERSION);
        ExperimentConfig shown = trained != null ? trained.config() : config;
        root.set("config", MAPPER.valueToTree(shown.withAbsolutePaths()));
        if (trained != null && trained.training() != null) {
            root.set(
                    "model",
                    WeightsJson.toJson(
                            trained.model(), trained.baseline().data().preprocessing(), trained.training()));
        } else {
            root.putNull("model");
        }
        AtomicFiles.writeString(file, MAPPER.writeValueAsString(root) + System.lineSeparator());
    }

    /** Reads a saved experiment, or a plain config file (then without a model). */
    public static Contents read(Path file) throws IOException {
        ExperimentConfig config = ConfigJson.read(file);
        JsonNode root = MAPPER.readTree(SafeInput.readUtf8Bytes(file, SafeInput.Limit.JSON));
        if (!ConfigJson.EXPERIMENT_FORMAT.equals(root.path("format").asText())) {
            return new Contents(config, null);
        }
        if (root.path("version").asInt() != VERSION) {
            throw new ConfigException(
                    "version",
                    "version " + root.path("version") + " of " + file.getFileName()
                            + " is not supported (this build reads version " + VERSION + ")",
                    null);
        }
        JsonNode model = root.path("model");
        if (model.isMissingNode() || model.isNull()) {
            return new Contents(config, null);
        }
        try {
            return new Contents(config, WeightsJson.fromJson(model));
        } catch (WeightsJson.FormatException e) {
            throw new WeightsJson.FormatException(file + ": model." + e.getMessage());
        }
    }

    private static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNumber() ? array.get(i).asDouble() : Double.NaN;
        }
        return out;
    }
}
