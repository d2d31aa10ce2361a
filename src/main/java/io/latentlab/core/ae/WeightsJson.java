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
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.io.SafeInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned weights file:
 * <pre>
 * {"format":"latent-lab-weights","version":1,
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
        if (root == null || !root.isObject()) {
            throw new FormatException("the file must contain a JSON object");
        }
        JsonNode format = root.path("format");
        if (!format.isTextual() || !FORMAT.equals(format.asText())) {
            throw new FormatException("format must be \"" + FORMAT + "\", got " + format);
        }
        JsonNode version = root.path("version");
        if (!version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new FormatException("version must be an integer, got " + version);
        }
        if (version.asInt() != VERSION) {
            throw new FormatException(
                    "version " + version.asInt() + " is not supported (this build reads version " + VERSION + ")");
        }
        JsonNode a = object(root, "architecture", "architecture");
        List<Integer> sizes = new ArrayList<>();
        JsonNode sizesNode = array(a, "sizes", "architecture.sizes");
        for (int i = 0; i < sizesNode.size(); i++) {
            JsonNode s = sizesNode.get(i);
            if (!s.isIntegralNumber() || s.asInt() < 1) {
                throw new FormatException("architecture.sizes[" + i + "] must be an integer >= 1, got " + s);
            }
            sizes.add(s.asInt());
        }
        if (sizes.size() < 2) {
            throw new FormatException("architecture.sizes needs at least 2 entries, got " + sizes.size());
        }
        int layerCount = sizes.size() - 1;
        JsonNode actsNode = array(a, "activations", "architecture.activations");
        if (actsNode.size() != layerCount) {
            throw new FormatException(
                    "architecture.activations has " + actsNode.size() + " entries, expected " + layerCount);
        }
        List<Activation> acts = new ArrayList<>();
        for (int i = 0; i < layerCount; i++) {
            acts.add(activation(actsNode.get(i), "architecture.activations[" + i + "]"));
        }
        JsonNode enc = a.path("encoderLayers");
        if (!enc.isIntegralNumber() || enc.asInt() < 1 || enc.asInt() > layerCount) {
            throw new FormatException(
                    "architecture.encoderLayers must be an integer in [1, " + layerCount + "], got " + enc);
        }
        Architecture arch = new Architecture(sizes, acts, enc.asInt());
        JsonNode bottleneck = a.path("bottleneck");
        if (!bottleneck.isMissingNode() && bottleneck.asInt(-1) != arch.bottleneckWidth()) {
            throw new FormatException("architecture.bottleneck is " + bottleneck + " but sizes[" + enc.asInt() + "] is "
                    + arch.bottleneckWidth());
        }

        JsonNode layersNode = array(root, "layers", "layers");
        if (layersNode.size() != layerCount) {
            throw new FormatException("layers has " + layersNode.size() + " entries, expected " + layerCount);
        }
        List<double[]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            String at = "layers[" + l + "]";
            JsonNode layer = layersNode.get(l);
            if (!layer.isObject()) {
                throw new FormatException(at + " must be an object, got " + kind(layer));
            }
            int fanIn = sizes.get(l);
            int fanOut = sizes.get(l + 1);
            JsonNode w = array(layer, "W", at + ".W");
            if (w.size() != fanIn) {
                throw new FormatException(at + ".W has " + w.size() + " rows, expected " + fanIn);
            }
            double[] flat = new double[fanIn * fanOut];
            for (int i = 0; i < fanIn; i++) {
                double[] row = numbers(w.get(i), at + ".W[" + i + "]", fanOut);
                System.arraycopy(row, 0, flat, i * fanOut, fanOut);
            }
            weights.add(flat);
            biases.add(numbers(layer.path("b"), at + ".b", fanOut));
            JsonNode act = layer.path("activation");
            if (!act.isMissingNode() && activation(act, at + ".activation") != acts.get(l)) {
                throw new FormatException(at + ".activation is " + act + " but architecture.activations[" + l
                        + "] is \"" + acts.get(l).id() + "\"");
            }
        }
        Preprocessing pre = preprocessing(root.path("preprocessing"), arch.inputWidth());
        JsonNode training = root.path("training");
        return new SavedModel(
                new TrainedAutoencoder(arch, weights, biases),
                pre,
                training.isNull() ? MissingNode.getInstance() : training);
    }

    private static Preprocessing preprocessing(JsonNode p, int inputWidth) throws FormatException {
        if (p.isMissingNode() || p.isNull()) {
            return Preprocessing.none();
        }
        if (!p.isObject()) {
            throw new FormatException("preprocessing must be an object, got " + kind(p));
        }
        JsonNode kind = p.path("kind");
        if (!kind.isTextual() || !Preprocessing.KINDS.contains(kind.asText())) {
            throw new FormatException(
                    "preprocessing.kind must be one of \"minmax\", \"standard\", \"none\", got " + kind);
        }
        Map<String, double[]> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : p.properties()) {
            if (!e.getKey().equals("kind")) {
                arrays.put(e.getKey(), numbers(e.getValue(), "preprocessing." + e.getKey(), inputWidth));
            }
        }
        checkScale(arrays, kind.asText().equals("minmax") ? "data_range" : "scale", kind.asText());
        return new Preprocessing(kind.asText(), arrays);
    }

    /** A scaler's range (minmax, 0 allowed for a constant feature) or deviation (standard) must not be negative. */
    private static void checkScale(Map<String, double[]> arrays, String name, String kind) throws FormatException {
        double[] values = arrays.get(name);
        if (kind.equals("none") || values == null) {
            return;
        }
        for (int j = 0; j < values.length; j++) {
            if (values[j] < 0 || (values[j] == 0 && !kind.equals("minmax"))) {
                throw new FormatException("preprocessing." + name + "[" + j + "] must be "
                        + (kind.equals("minmax") ? "a number >= 0" : "a positive number") + ", got " + values[j]);
            }
        }
    }

    private static Activation activation(JsonNode node, String at) throws FormatException {
        if (!node.isTextual()) {
            throw new FormatException(at + " must be a string, got " + kind(node));
        }
        try {
            return Activation.fromId(node.asText());
        } catch (IllegalArgumentException e) {
            throw new FormatException(at + ": " + e.getMessage());
        }
    }

    private static JsonNode object(JsonNode parent, String name, String at) throws FormatException {
        JsonNode n = parent.path(name);
        if (!n.isObject()) {
            throw new FormatException(at + (n.isMissingNode() ? " is missing" : " must be an object, got " + kind(n)));
        }
        return n;
    }

    private static JsonNode array(JsonNode parent, String name, String at) throws FormatException {
        JsonNode n = parent.path(name);
        if (!n.isArray()) {
            throw new FormatException(at + (n.isMissingNode() ? " is missing" : " must be an array, got " + kind(n)));
        }
        return n;
    }

    private static double[] numbers(JsonNode node, String at, int expected) throws FormatException {
        if (!node.isArray()) {
            throw new FormatException(
                    at + (node.isMissingNode() ? " is missing" : " must be an array, got " + kind(node)));
        }
        if (node.size() != expected) {
            throw new FormatException(at + " has " + node.size() + " values, expected " + expected);
        }
        double[] out = new double[expected];
        for (int i = 0; i < expected; i++) {
            JsonNode v = node.get(i);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new FormatException(at + "[" + i + "] must be a finite number, got " + v);
            }
            out[i] = v.doubleValue();
        }
        return out;
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
