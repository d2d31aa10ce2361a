package io.latentlab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.core.data.Matrix;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the scikit-learn 1.2.1 golden fixtures in src/test/resources/fixtures/sklearn (see README there). */
public record SklearnFixture(String name, JsonNode root) {

    public static final List<String> DATA_FIXTURES =
            List.of("blobs_300x5_c3_rs0", "blobs_400x10_c4_std05_rs1", "overlap_200x3_c2_pointlike");
    public static final List<String> ALL = List.of(
            "blobs_300x5_c3_rs0",
            "blobs_400x10_c4_std05_rs1",
            "overlap_200x3_c2_pointlike",
            "silhouette_singleton",
            "silhouette_duplicates");

    public static SklearnFixture load(String name) {
        String path = "/fixtures/sklearn/" + name + ".json";
        try (InputStream in = SklearnFixture.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new SklearnFixture(name, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Matrix x() {
        return matrix(root.get("X"));
    }

    public int[] y() {
        JsonNode y = root.get("y");
        int[] out = new int[y.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = y.get(i).asInt();
        }
        return out;
    }

    public JsonNode at(String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode()) {
            throw new IllegalStateException(name + " has no " + pointer);
        }
        return node;
    }

    public static Matrix matrix(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector(rows.get(i));
        }
        return Matrix.of(out);
    }

    public static double[] vector(JsonNode values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            // Python's shortest round-trip text parses back to the exact double.
            out[i] = Double.parseDouble(values.get(i).asText());
        }
        return out;
    }
}
