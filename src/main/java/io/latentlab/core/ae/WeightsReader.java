package io.latentlab.core.ae;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.latentlab.core.ae.WeightsJson.FormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks a weights tree: format and version, architecture, scaler, every layer's weights and biases.
 * Each problem is a {@link FormatException} naming the JSON path of the first bad value.
 */
final class WeightsReader {

    private WeightsReader() {}

    /** Reads a weights tree (what {@link WeightsJson#toJson} makes); a problem's message names its JSON path. */
    static SavedModel read(JsonNode root) throws FormatException {
        if (root == null || !root.isObject()) {
            throw new FormatException("the file must contain a JSON object");
        }
        JsonNode format = root.path("format");
        if (!format.isTextual() || !WeightsJson.FORMAT.equals(format.asText())) {
            throw new FormatException("format must be \"" + WeightsJson.FORMAT + "\", got " + format);
        }
        JsonNode version = root.path("version");
        if (!version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new FormatException("version must be an integer, got " + version);
        }
        if (version.asInt() != WeightsJson.VERSION) {
            throw new FormatException("version " + version.asInt() + " is not supported (this build reads version "
                    + WeightsJson.VERSION + ")");
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
