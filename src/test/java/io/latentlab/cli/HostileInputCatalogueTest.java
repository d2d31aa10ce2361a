package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of non-finite and out-of-range inputs: each saved weights file or data file is either refused
 * (exit code 2, a message naming the place) or run with nulls and a warning in report.json, never with "NaN".
 */
class HostileInputCatalogueTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path config;
    private static JsonNode weights;

    @BeforeAll
    static void trainOnce() throws IOException {
        config = CliRunner.smallConfig(dir, 3);
        Path out = dir.resolve("trained");
        CliRunner r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        weights = JSON.readTree(out.resolve("weights.json").toFile());
    }

    /** One weights-file case: how to spoil the file, and null for "runs" or the text the refusal must contain. */
    private record Case(String name, Consumer<ObjectNode> spoil, String refusal) {}

    private static ArrayNode w(ObjectNode root, int layer) {
        return (ArrayNode) ((ArrayNode) root.get("layers")).get(layer).get("W");
    }

    private static void fill(ObjectNode root, int layer, double v) {
        for (JsonNode row : w(root, layer)) {
            for (int j = 0; j < row.size(); j++) {
                ((ArrayNode) row).set(j, v);
            }
        }
    }

    private static ArrayNode pre(ObjectNode root, String name) {
        return (ArrayNode) ((ObjectNode) root.get("preprocessing")).get(name);
    }

    private static final List<Case> WEIGHTS_CASES = List.of(
            new Case("encoder weights 1e300", r -> fill(r, 0, 1e300), "the weights are too large"),
            new Case(
                    "one weight 1e300", r -> ((ArrayNode) w(r, 0).get(3)).set(4, 1e300), "layers[0].W[3][4] = 1.0E300"),
            new Case("bottleneck weights -1e300", r -> fill(r, 1, -1e300), "layers[1].W"),
            new Case(
                    "weight 1e309 (reads as infinity)",
                    r -> ((ArrayNode) w(r, 2).get(1)).set(0, Double.POSITIVE_INFINITY),
                    "layers[2].W[1][0]"),
            new Case("negative range", r -> pre(r, "data_range").set(5, -1.0), "preprocessing.data_range[5]"),
            new Case(
                    "range 1e309",
                    r -> pre(r, "data_range").set(2, Double.POSITIVE_INFINITY),
                    "preprocessing.data_range[2]"),
            new Case("range 1e-320", r -> pre(r, "data_range").set(1, 1e-320), null),
            new Case("range 0 (a constant feature)", r -> pre(r, "data_range").set(0, 0.0), null),
            new Case(
                    "min 1e308, range 1e-300",
                    r -> {
                        pre(r, "data_min").set(3, 1e308);
                        pre(r, "data_range").set(3, 1e-300);
                    },
                    "preprocessing.data_range[3]"),
            new Case(
                    "standard scaler, deviation 0",
                    r -> {
                        ObjectNode p = (ObjectNode) r.get("preprocessing");
                        p.put("kind", "standard");
                        p.set("mean", p.get("data_min"));
                        ArrayNode scale = p.putArray("scale");
                        for (int j = 0; j < 6; j++) {
                            scale.add(j == 4 ? 0.0 : 1.0);
                        }
                        p.remove(List.of("data_min", "data_max", "data_range"));
                    },
                    "preprocessing.scale[4]"),
            new Case("decoder weights 1e300", r -> fill(r, 3, 1e300), null));

    private int tried;
    private int handled;

    @Test
    void weightsFileCatalogue() throws IOException {
        for (Case c : WEIGHTS_CASES) {
            tried++;
            ObjectNode spoilt = weights.deepCopy();
            c.spoil().accept(spoilt);
            Path file = dir.resolve("w-" + tried + ".json");
            // 1e309 must reach the file as a literal the reader sees as infinity.
            Files.writeString(file, JSON.writeValueAsString(spoilt).replace("Infinity", "1e309"));
            Path out = dir.resolve("run-" + tried);
            CliRunner r = CliRunner.run(
                    "run", "--config", config.toString(), "--weights", file.toString(), "--out", out.toString());
            if (c.refusal() != null) {
                assertEquals(2, r.exitCode(), c.name() + ": " + r.err());
                assertTrue(r.err().contains(c.refusal()), c.name() + ": " + r.err());
                assertFalse(Files.exists(out.resolve("report.json")), c.name());
            } else {
                assertEquals(0, r.exitCode(), c.name() + ": " + r.err());
                assertReportIsFiniteOrNull(out, c.name());
            }
            handled++;
        }
        System.out.println("weights catalogue: tried " + tried + ", handled " + handled);
        assertEquals(WEIGHTS_CASES.size(), handled);
    }

    static void assertReportIsFiniteOrNull(Path out, String name) throws IOException {
        String text = Files.readString(out.resolve("report.json"));
        assertFalse(text.contains("NaN") || text.contains("Infinity"), name + ": " + text);
        JsonNode report = JSON.readTree(text);
        if (report.at("/reconstruction_mse/train").isNull()) {
            assertTrue(
                    report.get("warnings").toString().contains("reconstruction_mse.train could not be computed"),
                    name + ": " + report.get("warnings"));
        }
    }

    @Test
    void cellsOfPlusMinusMaxDoubleAreRefusedNamingTheFeature() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String big = (i % 2 == 0 ? "" : "-") + "1.7e308";
            csv.append(i % 3)
                    .append(',')
                    .append(big)
                    .append(',')
                    .append(i * 0.5)
                    .append(',')
                    .append(i % 2 == 0 ? "a" : "b")
                    .append('\n');
        }
        Path file = dir.resolve("huge.csv");
        Files.writeString(file, csv);
        CliRunner r = CliRunner.run(
                "run",
                "--data",
                file.toString(),
                "--epochs",
                "1",
                "--out",
                dir.resolve("huge").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("feature 2"), r.err());
        assertTrue(r.err().contains("too large for a double"), r.err());
    }

    @Test
    void formulaLabelsAreEscapedInLatentCsv() throws IOException {
        String[] labels = {"=1+2", "-x", "@a", "+y"};
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            csv.append(i % 4 * 3 + Math.sin(i))
                    .append(',')
                    .append(-i * 0.25)
                    .append(',')
                    .append(Math.cos(i))
                    .append(',')
                    .append(labels[i % 4])
                    .append('\n');
        }
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, csv);
        Path out = dir.resolve("labels");
        CliRunner r = CliRunner.run("run", "--data", file.toString(), "--epochs", "1", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("latent.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String label = line.substring(line.lastIndexOf(',') + 1);
            assertTrue(label.startsWith("\"'"), line);
        }
        assertFalse(Files.readString(out.resolve("metrics.csv")).contains("\"'"), "no number is escaped");
    }
}
