package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.data.Matrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    private static final Matrix TRAIN = NotebookLikeData.blobs(600, 12, 4, 7);
    private static TrainingResult result;
    private static Preprocessing minMax;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .layers(java.util.List.of(10, 8), 2, java.util.List.of())
                .maxEpochs(5)
                .build();
        result = new TrainingSession(c, TRAIN, null).run();
        double[] min = new double[12];
        double[] range = new double[12];
        for (int j = 0; j < 12; j++) {
            min[j] = -1.5 + 0.1 * j;
            range[j] = 3.0 + 1.0 / 3 * j;
        }
        minMax = Preprocessing.minMax(min, range);
    }

    @Test
    void weightsJsonRoundTripEncodesIdentically() throws IOException {
        Path file = dir.resolve("model.json");
        WeightsJson.write(file, result.model(), minMax, result);
        SavedModel back = WeightsJson.read(file);

        assertEquals(result.model().encode(TRAIN), back.model().encode(TRAIN));
        assertEquals(result.model().reconstruct(TRAIN), back.model().reconstruct(TRAIN));
        assertEquals(result.model().architecture(), back.model().architecture());
        for (int l = 0; l < back.model().layerCount(); l++) {
            assertArrayEquals(result.model().weights(l), back.model().weights(l));
            assertArrayEquals(result.model().biases(l), back.model().biases(l));
        }
        assertEquals("minmax", back.preprocessing().kind());
        assertArrayEquals(minMax.array("data_min"), back.preprocessing().array("data_min"));
        assertArrayEquals(minMax.array("data_range"), back.preprocessing().array("data_range"));
        JsonNode t = back.training();
        assertEquals(5, t.get("epochs").asInt());
        assertEquals("max_epochs", t.get("stopReason").asText());
        assertEquals(result.lossCurve()[4], t.get("lossCurve").get(4).doubleValue());
        assertEquals("sklearn", t.at("/config/training/init").asText());

        JsonNode root = WeightsJson.MAPPER.readTree(file.toFile());
        assertEquals("latent-lab-weights", root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        assertEquals("relu", root.get("layers").get(0).get("activation").asText());
        assertEquals(12, root.get("layers").get(0).get("W").size(), "W has fan_in rows");
        assertEquals(10, root.get("layers").get(0).get("W").get(0).size());
    }

    @Test
    void fileWithoutTrainingOrPreprocessingReadsToo() throws IOException {
        Path file = dir.resolve("bare.json");
        WeightsJson.write(file, result.model(), null, null);
        SavedModel back = WeightsJson.read(file);
        assertTrue(back.training().isMissingNode());
        assertEquals("none", back.preprocessing().kind());
        assertEquals(result.model().encode(TRAIN), back.model().encode(TRAIN));
    }

    private String problem(java.util.function.Consumer<ObjectNode> damage) throws IOException {
        ObjectNode root = WeightsJson.toJson(result.model(), minMax, null);
        damage.accept(root);
        Path file = dir.resolve("damaged.json");
        Files.writeString(file, root.toString());
        return assertThrows(WeightsJson.FormatException.class, () -> WeightsJson.read(file))
                .getMessage();
    }

    @Test
    void readingReportsProblemsByJsonPath() throws IOException {
        assertTrue(problem(r -> ((ArrayNode) r.get("layers").get(2).get("W")).remove(0))
                .endsWith("layers[2].W has 7 rows, expected 8"));
        assertTrue(problem(r -> ((ArrayNode) r.get("layers").get(0).get("W").get(3)).remove(0))
                .endsWith("layers[0].W[3] has 9 values, expected 10"));
        assertTrue(problem(r -> ((ArrayNode) r.get("layers").get(1).get("W").get(0)).set(4, "x"))
                .endsWith("layers[1].W[0][4] must be a finite number, got \"x\""));
        assertTrue(
                problem(r -> ((ObjectNode) r.get("layers").get(1)).remove("b")).endsWith("layers[1].b is missing"));
        assertTrue(
                problem(r -> r.put("version", 2)).endsWith("version 2 is not supported (this build reads version 1)"));
        assertTrue(problem(r -> r.put("format", "other")).contains("format must be \"latent-lab-weights\""));
        assertTrue(problem(r -> ((ObjectNode) r.get("layers").get(3)).put("activation", "tanh"))
                .endsWith("layers[3].activation is \"tanh\" but architecture.activations[3] is \"relu\""));
        assertTrue(problem(r -> ((ArrayNode) r.get("preprocessing").get("data_min")).remove(0))
                .endsWith("preprocessing.data_min has 11 values, expected 12"));
        assertTrue(problem(r -> ((ArrayNode) r.get("layers")).remove(0)).endsWith("layers has 5 entries, expected 6"));

        Path notJson = dir.resolve("broken.json");
        Files.writeString(notJson, "{\"format\": ");
        assertTrue(assertThrows(WeightsJson.FormatException.class, () -> WeightsJson.read(notJson))
                .getMessage()
                .contains("is not valid JSON"));
    }

    /** A small .npy reader: enough to check that our files hold what we wrote. */
    private static Map<String, Object[]> readNpz(Path file) throws IOException {
        Map<String, Object[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
                byte[] magic = new byte[6];
                b.get(magic);
                assertEquals("\u0093NUMPY", new String(magic, StandardCharsets.ISO_8859_1));
                assertEquals(1, b.get());
                assertEquals(0, b.get());
                int headerLength = b.getShort() & 0xffff;
                byte[] h = new byte[headerLength];
                b.get(h);
                String header = new String(h, StandardCharsets.US_ASCII);
                assertEquals(0, (10 + headerLength) % 64, "header padded to 64 bytes");
                assertTrue(header.contains("'descr': '<f8'")
                        && header.contains("'fortran_order': False")
                        && header.endsWith("\n"));
                Matcher m =
                        Pattern.compile("'shape': \\((\\d+),(?: (\\d+))?\\)").matcher(header);
                assertTrue(m.find(), header);
                int[] shape = m.group(2) == null
                        ? new int[] {Integer.parseInt(m.group(1))}
                        : new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
                int n = shape.length == 1 ? shape[0] : shape[0] * shape[1];
                double[] data = new double[n];
                for (int i = 0; i < n; i++) {
                    data[i] = b.getDouble();
                }
                assertFalse(b.hasRemaining());
                out.put(e.getName(), new Object[] {shape, data});
            }
        }
        return out;
    }

    @Test
    void npzRoundTrip() throws IOException {
        Path file = dir.resolve("model.npz");
        NpzWriter.write(file, NpzWriter.modelArrays(result.model(), minMax));
        Map<String, Object[]> back = readNpz(file);
        assertEquals(
                java.util.List.of(
                        "W0.npy",
                        "b0.npy",
                        "W1.npy",
                        "b1.npy",
                        "W2.npy",
                        "b2.npy",
                        "W3.npy",
                        "b3.npy",
                        "W4.npy",
                        "b4.npy",
                        "W5.npy",
                        "b5.npy",
                        "data_min.npy",
                        "data_range.npy"),
                java.util.List.copyOf(back.keySet()));
        TrainedAutoencoder model = result.model();
        for (int l = 0; l < model.layerCount(); l++) {
            assertArrayEquals(
                    new int[] {
                        model.architecture().fanIn(l), model.architecture().fanOut(l)
                    },
                    (int[]) back.get("W" + l + ".npy")[0]);
            assertArrayEquals(
                    model.weights(l), (double[]) back.get("W" + l + ".npy")[1], "row-major x @ W + b orientation");
            assertArrayEquals(new int[] {model.architecture().fanOut(l)}, (int[]) back.get("b" + l + ".npy")[0]);
            assertArrayEquals(model.biases(l), (double[]) back.get("b" + l + ".npy")[1]);
        }
        assertArrayEquals(minMax.array("data_range"), (double[]) back.get("data_range.npy")[1]);

        LinkedHashMap<String, Object> ragged = new LinkedHashMap<>();
        ragged.put("r", new double[][] {{1, 2}, {3}});
        assertThrows(IllegalArgumentException.class, () -> NpzWriter.write(dir.resolve("r.npz"), ragged));
        assertFalse(Files.exists(dir.resolve("r.npz")));
    }
}
