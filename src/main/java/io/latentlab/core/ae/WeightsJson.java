package io.latentlab.core.ae;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.about.LatentLabVersion;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.io.SafeInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The versioned weights file:
 * <pre>
 * {"format":"latent-lab-weights","version":1,"latent_lab_version":"0.1.0",
 *  "architecture":{"sizes":[50,50,...,50],"activations":["relu",...],"encoderLayers":4,"bottleneck":2},
 *  "preprocessing":{"kind":"minmax","data_min":[...],"data_range":[...]},
 *  "layers":[{"W":[[...],...],"b":[...],"activation":"relu"},...],
 *  "training":{...}}
 * </pre>
 * W is fan_in rows of fan_out values (a layer computes x·W + b). Doubles are written in their shortest form that
 * reads back to the same value, so a read-back model encodes to exactly the same coordinates.
 */
public final class WeightsJson {

    public static final String FORMAT = "latent-lab-weights";
    public static final int VERSION = 1;
    /** The version of Latent Lab that wrote the file: informative, so files without it (older ones) still read. */
    public static final String APP_VERSION_KEY = "latent_lab_version";
    /** A saved experiment (core.pipeline's ExperimentFile), which embeds a weights tree as its "model". */
    private static final String EXPERIMENT_FORMAT = "latent-lab-experiment";

    /** Shared by the writers of this package: shortest round-trip doubles, no auto-closing of streams. */
    static final ObjectMapper MAPPER = JsonMapper.builder(SafeInput.jsonFactory())
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private WeightsJson() {}

    /** Thrown when a weights file is not valid; the message names the JSON path of the first problem. */
    public static final class FormatException extends IOException {
        private static final long serialVersionUID = 1L;

        public FormatException(String message) {
            super(message);
        }
    }

    public static void write(
            Path target, TrainedAutoencoder model, Preprocessing preprocessing, TrainingResult summaryOrNull)
            throws IOException {
        ObjectNode root = toJson(model, preprocessing, summaryOrNull);
        // Objects indented, number arrays on one line each: readable without a line per number.
        DefaultPrettyPrinter printer =
                new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
        AtomicFiles.write(target, out -> MAPPER.writer(printer).writeValue(out, root));
    }

    /** The weights file as a JSON tree (what {@link #write} writes), e.g. to embed it in an experiment file. */
    public static ObjectNode toJson(
            TrainedAutoencoder model, Preprocessing preprocessing, TrainingResult summaryOrNull) {
        Check.notNull(model, "model");
        Preprocessing pre = preprocessing == null ? Preprocessing.none() : preprocessing;
        Architecture arch = model.architecture();
        for (Map.Entry<String, double[]> e : pre.arrays().entrySet()) {
            if (e.getValue().length != arch.inputWidth()) {
                throw new IllegalArgumentException("preprocessing." + e.getKey() + " has " + e.getValue().length
                        + " values, the model's input has " + arch.inputWidth() + " features");
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put(APP_VERSION_KEY, LatentLabVersion.get());
        ObjectNode a = root.putObject("architecture");
        ArrayNode sizes = a.putArray("sizes");
        arch.sizes().forEach(sizes::add);
        ArrayNode acts = a.putArray("activations");
        arch.activations().forEach(x -> acts.add(x.id()));
        a.put("encoderLayers", arch.encoderLayerCount());
        a.put("bottleneck", arch.bottleneckWidth());
        ObjectNode p = root.putObject("preprocessing");
        p.put("kind", pre.kind());
        pre.arrays().forEach((name, values) -> putArray(p.putArray(name), values));
        ArrayNode layers = root.putArray("layers");
        for (int l = 0; l < arch.layerCount(); l++) {
            ObjectNode layer = layers.addObject();
            ArrayNode w = layer.putArray("W");
            for (double[] row : model.weightMatrix(l)) {
                putArray(w.addArray(), row);
            }
            putArray(layer.putArray("b"), model.biases(l));
            layer.put("activation", model.activation(l).id());
        }
        if (summaryOrNull != null) {
            root.set("training", summary(summaryOrNull));
        }
        return root;
    }

    private static ObjectNode summary(TrainingResult r) {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("epochs", r.epochs());
        t.put("stopReason", r.stopReason().id());
        t.put("stopMessage", r.stopMessage());
        putNumber(t, "finalLoss", r.finalLoss());
        putArray(t.putArray("lossCurve"), r.lossCurve());
        putArray(t.putArray("validationLossCurve"), r.validationLossCurve());
        putArray(t.putArray("testLossCurve"), r.testLossCurve());
        putArray(t.putArray("learningRates"), r.learningRates());
        putNumber(t, "secondsTotal", r.secondsTotal());
        putNumber(t, "secondsPerEpoch", r.secondsPerEpoch());
        ObjectNode latent = t.putObject("latent");
        putArray(latent.putArray("activeFraction"), r.latent().activeFraction());
        putArray(latent.putArray("variance"), r.latent().variance());
        ArrayNode dead = latent.putArray("dead");
        for (boolean d : r.latent().dead()) {
            dead.add(d);
        }
        t.set("config", MAPPER.valueToTree(r.config()));
        return t;
    }

    /** NaN and infinities are not JSON: they are written as null. */
    private static void putNumber(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    private static void putArray(ArrayNode array, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                array.add(v);
            } else {
                array.addNull();
            }
        }
    }

    public static SavedModel read(Path source) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(SafeInput.readUtf8Bytes(source, SafeInput.Limit.JSON));
        } catch (StreamConstraintsException e) {
            throw new FormatException(source + " is refused: " + SafeInput.describe(e));
        } catch (JsonProcessingException e) {
            throw new FormatException(source + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root != null && EXPERIMENT_FORMAT.equals(root.path("format").asText())) {
            // A saved experiment embeds the weights file as its "model".
            root = root.get("model");
            if (root == null || root.isNull()) {
                throw new FormatException(source + " is a saved experiment without a trained model");
            }
        }
        try {
            return fromJson(root);
        } catch (FormatException e) {
            throw new FormatException(source + ": " + e.getMessage());
        }
    }

    /** Reads a weights tree (what {@link #toJson} makes); the message of a problem names its JSON path. */
    public static SavedModel fromJson(JsonNode root) throws FormatException {
        return WeightsReader.read(root);
    }
}
