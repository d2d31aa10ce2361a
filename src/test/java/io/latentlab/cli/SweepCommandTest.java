package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep}: each row is what {@code run --model-seed S} reports, PCA's row is the run's PCA column. */
class SweepCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSweepRowEqualsTheRunWithThatModelSeed() throws IOException {
        Path config = CliRunner.smallConfig(dir, 5);
        CliRunner sweep = CliRunner.run(
                "sweep",
                "--config",
                config.toString(),
                "--seeds",
                "2",
                "--first-seed",
                "3",
                "--out",
                dir.resolve("sweep").toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(sweep.out().startsWith("sweep of small.json: 2 model seeds"), sweep.out());
        assertTrue(sweep.out().contains("mean ± std"), sweep.out());
        List<String> lines = Files.readAllLines(dir.resolve("sweep").resolve("sweep.csv"));
        assertEquals(
                "model,seed,silhouette,trustworthiness,knn_accuracy,reconstruction_mse_test,dead_units,epochs,"
                        + "stopped_because",
                lines.get(0));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("autoencoder,3,"), lines.get(1));
        assertTrue(lines.get(3).startsWith("pca,,"), lines.get(3));

        CliRunner run = CliRunner.run(
                "run",
                "--config",
                config.toString(),
                "--model-seed",
                "4",
                "--out",
                dir.resolve("run4").toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String[]> metrics = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("run4").resolve("metrics.csv"))) {
            String[] cells = line.split(",", -1);
            metrics.put(cells[0], cells);
        }
        String[] seed4 = lines.get(2).split(",", -1);
        assertEquals("4", seed4[1]);
        assertEquals(metrics.get("silhouette")[2], seed4[2]);
        assertEquals(metrics.get("trustworthiness")[2], seed4[3]);
        assertEquals(metrics.get("knn_accuracy")[2], seed4[4]);
        assertEquals(metrics.get("reconstruction_mse_test")[2], seed4[5]);
        assertEquals(metrics.get("dead_latent_units")[2], seed4[6] + ".0");
        assertEquals("5", seed4[7]);
        String[] pca = lines.get(3).split(",", -1);
        assertEquals(metrics.get("silhouette")[1], pca[2]);
        assertEquals(metrics.get("trustworthiness")[1], pca[3]);
        assertEquals(metrics.get("knn_accuracy")[1], pca[4]);
        assertEquals(metrics.get("reconstruction_mse_test")[1], pca[5]);
    }

    @Test
    void anExplicitSeedListAndBadOptions() throws IOException {
        Path config = CliRunner.smallConfig(dir, 2);
        CliRunner r = CliRunner.run(
                "sweep",
                "--config",
                config.toString(),
                "--seed-list",
                "9,2",
                "--out",
                dir.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("s").resolve("sweep.csv"));
        assertTrue(
                lines.get(1).startsWith("autoencoder,9,") && lines.get(2).startsWith("autoencoder,2,"),
                lines.toString());

        assertBad("--seeds must be between 1 and 100, got 0", "sweep", "--config", config.toString(), "--seeds", "0");
        assertBad(
                "--seed-list must not repeat a seed, got [1, 1]",
                "sweep",
                "--config",
                config.toString(),
                "--seed-list",
                "1,1");
        assertBad(
                "give either --seed-list or --seeds/--first-seed, not both",
                "sweep",
                "--seeds",
                "2",
                "--seed-list",
                "1,2");
        assertBad(
                "give either --config or --preset, not both",
                "sweep",
                "--preset",
                "notebook",
                "--config",
                config.toString());
        assertBad("--epochs must be >= 1, got 0", "sweep", "--config", config.toString(), "--epochs", "0");
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file");
        assertBad(
                "blocker",
                "sweep",
                "--config",
                config.toString(),
                "--seeds",
                "1",
                "--out",
                blocker.resolve("x").toString());
    }

    private static void assertBad(String expected, String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
    }
}
