package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.Silhouette;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --bottleneck 3}: a 3-D latent, written whole and scored on all three units. */
class BottleneckCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBottleneckOfThreeIsTrainedWrittenAndScoredInThreeDimensions() throws Exception {
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                CliRunner.smallConfig(dir, 5).toString(),
                "--bottleneck",
                "3",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("latent.csv"));
        assertEquals("z1,z2,z3,label", lines.get(0));
        int rows = lines.size() - 1;
        double[] z = new double[rows * 3];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int c = 0; c < 3; c++) {
                z[i * 3 + c] = Double.parseDouble(cells[c]);
            }
            labels[i] = Integer.parseInt(cells[3]);
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(3, report.path("latent").path("dimensions").asInt());
        assertEquals(
                3,
                new ObjectMapper()
                        .readTree(out.resolve("config.json").toFile())
                        .path("autoencoder")
                        .path("network")
                        .path("bottleneck")
                        .asInt());
        // The latent silhouette is the 3-D one, not the first two units'.
        double threeD = Silhouette.compute(new Matrix(rows, 3, z), labels).score();
        assertEquals(threeD, report.path("silhouette").path("latent").asDouble(), 1e-12);
    }

    @Test
    void aBottleneckBelowOneIsRefusedByItsConfigPath() {
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                "assets/presets/recommended.json",
                "--bottleneck",
                "0",
                "--out",
                dir.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("autoencoder.network.bottleneck"), r.err());
    }

    @Test
    void aBottleneckWithSavedWeightsIsRefused() {
        CliRunner r = CliRunner.run(
                "run",
                "--weights",
                "w.json",
                "--bottleneck",
                "3",
                "--out",
                dir.resolve("q").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--bottleneck only applies to training"), r.err());
    }
}
