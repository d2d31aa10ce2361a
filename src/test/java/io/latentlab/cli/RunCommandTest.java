package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.core.ae.BreakingListener;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.core.pipeline.RunArtifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    private Path smallConfig() throws IOException {
        return CliRunner.smallConfig(dir, 5);
    }

    @Test
    void aRunWhoseTrainingFailsPartWayWritesItsLastEpochAndExitsAsAFailure() throws IOException {
        ExperimentConfig config = ConfigJson.read(smallConfig());
        Outcome outcome = Pipeline.run(config, new ProgressListener() {
            @Override
            public void step(String message) {}

            @Override
            public void trainingStarted(TrainingSession session) {
                session.addListener(BreakingListener.at(3));
            }
        });

        Path out = dir.resolve("failed");
        RunArtifacts.write(outcome, out, List.of());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("failed", report.at("/training/stopped_because").asText());
        assertEquals(3, report.at("/training/epochs").asInt(), "the epoch trained when its listener broke");
        assertTrue(report.at("/training/message").asText().contains("listener broke"));
        assertEquals(LatentLabCli.EXIT_FAILURE, RunCommand.exitCode(outcome));

        CliRunner good = CliRunner.run("run", "--config", smallConfig().toString(), "--out", out.toString());
        assertEquals(LatentLabCli.EXIT_OK, good.exitCode(), good.err());
    }

    @Test
    void everyScoreLeftOutForTooFewRowsIsNamedInTheWarnings() throws IOException {
        Path config = dir.resolve("few.json");
        Files.writeString(
                config,
                "{\"data\":{\"blobs\":{\"samples\":60,\"features\":4,\"clusters\":2,\"seed\":4}},"
                        + "\"metrics\":{\"neighbors\":50},\"autoencoder\":{\"network\":{\"encoder\":[4]},"
                        + "\"training\":{\"maxEpochs\":2}}}");
        Path out = dir.resolve("few");
        CliRunner r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertTrue(report.at("/metrics/pca/knn_accuracy").isNull());
        String warnings = report.at("/warnings").toString();
        assertTrue(warnings.contains("trustworthiness needs more than 100 rows"), warnings);
        assertTrue(warnings.contains("kNN accuracy needs more than 50 rows"), warnings);
    }

    @Test
    void trainRowsThatDoNotTakeEffectSaySo() throws IOException {
        Path out = dir.resolve("subset");
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                smallConfig().toString(),
                "--train-rows",
                "50",
                "--seed",
                "4",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(240, report.at("/dataset/rows_train").asInt(), "blobs are sized by their own settings");
        assertTrue(
                report.at("/warnings").toString().contains("data.trainRows (50) applies to data with its own split"),
                report.at("/warnings").toString());
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals(50, config.at("/data/trainRows").asInt(), "--seed keeps it (it was dropped)");
    }

    @Test
    void notebookPresetPrintsTheNotebooksDataSideFacts() throws IOException {
        Path out = dir.resolve("nb");
        CliRunner r = CliRunner.run("run", "--preset", "notebook", "--epochs", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("train 16000x50, test 4000x50"), r.out());
        assertTrue(
                Pattern.compile("explained variance ratio \\[0\\.\\d+, 0\\.\\d+]")
                        .matcher(r.out())
                        .find(),
                r.out());
        assertTrue(
                Pattern.compile("silhouette  original 0\\.\\d+ \\| pca 0\\.\\d+")
                        .matcher(r.out())
                        .find(),
                r.out());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(16000, report.at("/dataset/rows_train").asInt());
        assertEquals(4000, report.at("/dataset/rows_test").asInt());
    }

    @Test
    void writesTheDocumentedReportAndTheEffectiveConfig() throws IOException {
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                smallConfig().toString(),
                "--seed",
                "9",
                "--split-seed",
                "8",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        for (String key : List.of("dataset", "silhouette", "pca", "metrics", "timing")) {
            assertTrue(report.has(key), "report.json lacks " + key);
        }
        for (String key : List.of("name", "rows_train", "rows_test", "features", "labels")) {
            assertTrue(report.get("dataset").has(key), "dataset lacks " + key);
        }
        assertEquals(240, report.at("/dataset/rows_train").asInt());
        assertEquals(60, report.at("/dataset/rows_test").asInt());
        assertEquals(3, report.at("/dataset/labels").asInt());
        assertTrue(report.at("/silhouette/original").isDouble());
        assertTrue(report.at("/silhouette/pca").isDouble());
        assertTrue(report.get("silhouette").has("latent"));
        assertEquals(2, report.at("/pca/explained_variance_ratio").size());
        assertTrue(report.at("/metrics/pca/trustworthiness").isDouble());
        assertTrue(report.at("/metrics/pca/knn_accuracy").isDouble());
        ExperimentConfig effective = ConfigJson.read(out.resolve("config.json"));
        assertEquals(9, effective.data().blobs().seed());
        assertEquals(8, effective.split().seed());
        assertEquals(300, effective.data().blobs().samples());
    }

    @Test
    void sameSeedSameReportNumbers() throws IOException {
        Path config = smallConfig();
        CliRunner.run(
                "run", "--config", config.toString(), "--out", dir.resolve("a").toString());
        CliRunner.run(
                "run", "--config", config.toString(), "--out", dir.resolve("b").toString());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(dir.resolve("a/report.json").toFile());
        JsonNode b = m.readTree(dir.resolve("b/report.json").toFile());
        assertEquals(a.get("silhouette"), b.get("silhouette"));
        assertEquals(a.get("pca"), b.get("pca"));
    }

    @Test
    void runsOnACsvFileWithANamedLabelColumn() throws IOException {
        StringBuilder csv = new StringBuilder("kind,a,b,c\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 60; i++) {
            String kind = i % 2 == 0 ? "cat" : "dog";
            double shift = i % 2 == 0 ? 0 : 5;
            csv.append(kind)
                    .append(',')
                    .append(shift + random.nextGaussian())
                    .append(',')
                    .append(shift + random.nextGaussian())
                    .append(',')
                    .append(random.nextGaussian())
                    .append('\n');
        }
        Path file = dir.resolve("pets.csv");
        Files.writeString(file, csv);
        Path out = dir.resolve("pets");
        // Typed relative to the current folder, as a user would.
        String typed = Path.of("").toAbsolutePath().relativize(file).toString();
        CliRunner r = CliRunner.run("run", "--data", typed, "--label-column", "kind", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("pets.csv", report.at("/dataset/name").asText());
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals(
                file.toAbsolutePath().normalize().toString(),
                config.at("/data/file/path").asText(),
                "config.json names the file so that it reproduces the run from any folder");
        assertEquals(3, report.at("/dataset/features").asInt());
        assertEquals("[\"cat\",\"dog\"]", report.at("/dataset/class_names").toString());
    }

    @Test
    void preSplitFilesAreUsedAsTheyAre() throws IOException {
        StringBuilder train = new StringBuilder("a,b,label\n");
        StringBuilder test = new StringBuilder("a,b,label\n");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 40; i++) {
            StringBuilder target = i < 30 ? train : test;
            int label = i % 2;
            target.append(label * 4 + random.nextGaussian())
                    .append(',')
                    .append(random.nextGaussian())
                    .append(',')
                    .append(label == 0 ? "left" : "right")
                    .append('\n');
        }
        Path trainFile = dir.resolve("train.csv");
        Path testFile = dir.resolve("test.csv");
        Files.writeString(trainFile, train);
        Files.writeString(testFile, test);
        Path out = dir.resolve("pre");
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                smallConfig().toString(),
                "--train",
                trainFile.toString(),
                "--test",
                testFile.toString(),
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(30, report.at("/dataset/rows_train").asInt());
        assertEquals(10, report.at("/dataset/rows_test").asInt());
        assertEquals(11, Files.readAllLines(out.resolve("latent.csv")).size());
        CliRunner half = CliRunner.run("run", "--train", trainFile.toString(), "--out", out.toString());
        assertEquals(2, half.exitCode());
        assertTrue(half.err().contains("--train and --test go together"), half.err());
    }

    @Test
    void modelSeedChangesOnlyTheNetworkAndSavedWeightsReencodeIdentically() throws IOException {
        Path config = smallConfig();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(
                0,
                CliRunner.run("run", "--config", config.toString(), "--out", a.toString())
                        .exitCode());
        assertEquals(
                0,
                CliRunner.run("run", "--config", config.toString(), "--model-seed", "99", "--out", b.toString())
                        .exitCode());
        ObjectMapper m = new ObjectMapper();
        JsonNode ra = m.readTree(a.resolve("report.json").toFile());
        JsonNode rb = m.readTree(b.resolve("report.json").toFile());
        assertEquals(ra.get("pca"), rb.get("pca"));
        assertEquals(ra.at("/silhouette/original"), rb.at("/silhouette/original"));
        assertFalse(ra.at("/training/loss_curve").equals(rb.at("/training/loss_curve")));
        assertEquals(
                99,
                ConfigJson.read(b.resolve("config.json"))
                        .autoencoder()
                        .training()
                        .seed());

        Path again = dir.resolve("again");
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                config.toString(),
                "--weights",
                a.resolve("weights.json").toString(),
                "--out",
                again.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Files.readString(a.resolve("latent.csv")), Files.readString(again.resolve("latent.csv")));
        JsonNode reportAgain = m.readTree(again.resolve("report.json").toFile());
        assertTrue(reportAgain.get("training").isNull());
        assertEquals(ra.at("/pca/reconstruction_mse"), reportAgain.at("/pca/reconstruction_mse"), "the same rows");
        assertEquals(ra.get("reconstruction_mse"), reportAgain.get("reconstruction_mse"));

        // Other data of the same width: the saved scaler gives other rows than PCA's, so its MSE is left out.
        Path elsewhere = dir.resolve("elsewhere");
        CliRunner o = CliRunner.run(
                "run",
                "--config",
                config.toString(),
                "--seed",
                "123",
                "--weights",
                a.resolve("weights.json").toString(),
                "--out",
                elsewhere.toString());
        assertEquals(0, o.exitCode(), o.err());
        JsonNode other = m.readTree(elsewhere.resolve("report.json").toFile());
        assertTrue(
                other.at("/pca/reconstruction_mse").isNull(), other.get("pca").toString());
        assertTrue(other.get("warnings").toString().contains("PCA's reconstruction MSE is left out"), other.toString());
    }

    @Test
    void npyTrainAndTestWithTheirLabelFiles() throws IOException {
        double[][] rows = new double[24][];
        int[] labels = new int[24];
        for (int i = 0; i < 24; i++) {
            labels[i] = i % 2;
            rows[i] = new double[] {labels[i] * 3 + i * 0.01, i % 5, (i * 7) % 3};
        }
        io.latentlab.core.data.Matrix all = io.latentlab.core.data.Matrix.of(rows);
        int[] trainIdx = java.util.stream.IntStream.range(0, 18).toArray();
        int[] testIdx = java.util.stream.IntStream.range(18, 24).toArray();
        io.latentlab.core.data.io.NpyWriter.writeFeatures(dir.resolve("xtr.npy"), all.selectRows(trainIdx));
        io.latentlab.core.data.io.NpyWriter.writeFeatures(dir.resolve("xte.npy"), all.selectRows(testIdx));
        io.latentlab.core.data.io.NpyWriter.writeLabels(
                dir.resolve("ytr.npy"), java.util.Arrays.copyOfRange(labels, 0, 18));
        io.latentlab.core.data.io.NpyWriter.writeLabels(
                dir.resolve("yte.npy"), java.util.Arrays.copyOfRange(labels, 18, 24));
        Path out = dir.resolve("npy");
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                smallConfig().toString(),
                "--train",
                dir.resolve("xtr.npy").toString(),
                "--labels",
                dir.resolve("ytr.npy").toString(),
                "--test",
                dir.resolve("xte.npy").toString(),
                "--test-labels",
                dir.resolve("yte.npy").toString(),
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(18, report.at("/dataset/rows_train").asInt());
        assertEquals(2, report.at("/dataset/labels").asInt());
        CliRunner half = CliRunner.run(
                "run",
                "--train",
                dir.resolve("xtr.npy").toString(),
                "--labels",
                dir.resolve("ytr.npy").toString(),
                "--test",
                dir.resolve("xte.npy").toString(),
                "--out",
                out.toString());
        assertEquals(2, half.exitCode());
        assertTrue(half.err().contains("give --labels and --test-labels together"), half.err());
    }

    @Test
    void trainingOptionsWithSavedWeightsAreRefused() {
        CliRunner r = CliRunner.run(
                "run",
                "--weights",
                "w.json",
                "--epochs",
                "3",
                "--out",
                dir.resolve("q").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--epochs and --model-seed only apply to training"), r.err());
    }

    @Test
    void weightsForAnotherWidthOrABrokenFileAreRefused() throws IOException {
        Path a = dir.resolve("w");
        assertEquals(
                0,
                CliRunner.run("run", "--config", smallConfig().toString(), "--out", a.toString())
                        .exitCode());
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"data\":{\"blobs\":{\"samples\":300,\"features\":4,\"clusters\":3}}}");
        CliRunner wrongWidth = CliRunner.run(
                "run",
                "--config",
                other.toString(),
                "--weights",
                a.resolve("weights.json").toString(),
                "--out",
                dir.resolve("x").toString());
        assertEquals(2, wrongWidth.exitCode());
        assertTrue(wrongWidth.err().contains("the saved model takes 6 features, but the data has 4"), wrongWidth.err());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\":\"latent-lab-weights\"");
        CliRunner bad = CliRunner.run(
                "run", "--weights", broken.toString(), "--out", dir.resolve("y").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("broken.json"), bad.err());
    }

    @Test
    void badConfigIsExitCodeTwoWithThePath() throws IOException {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{\"data\":{\"blobs\":{\"samples\":-5}}}");
        CliRunner r = CliRunner.run(
                "run", "--config", config.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("data.blobs.samples: samples must be between 2 and"), r.err());
        assertFalse(Files.exists(dir.resolve("x/report.json")));
    }

    @Test
    void malformedCsvIsExitCodeTwoNamingLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "1,2,0\n3,x,1\n5,6,0\n");
        CliRunner r = CliRunner.run(
                "run", "--data", file.toString(), "--out", dir.resolve("y").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("broken.csv, line 2, column 2"), r.err());
    }

    @Test
    void unwritableOutputFolderIsRefusedBeforeAnyWork() throws IOException {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        CliRunner r = CliRunner.run(
                "run",
                "--config",
                smallConfig().toString(),
                "--out",
                blocker.resolve("out").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("cannot create output folder"), r.err());
        assertFalse(r.err().contains("generating blobs"), "work started before the folder was checked: " + r.err());
    }

    @Test
    void missingFileAndUnknownPresetAreClear() {
        CliRunner r = CliRunner.run(
                "run",
                "--data",
                dir.resolve("nope.csv").toString(),
                "--out",
                dir.resolve("z").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("nope.csv"), r.err());
        CliRunner p = CliRunner.run(
                "run", "--preset", "fancy", "--out", dir.resolve("z").toString());
        assertEquals(2, p.exitCode());
        assertTrue(p.err().contains("unknown preset \"fancy\" (available: recommended, notebook, fashion)"), p.err());
    }

    @Test
    void unknownOptionIsExitCodeTwo() {
        CliRunner r = CliRunner.run("run", "--frobnicate");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void helpNamesEveryFileARunWritesAndMetricsCsvAgreesWithTheReport() throws IOException {
        Path out = dir.resolve("files");
        CliRunner r = CliRunner.run("run", "--config", smallConfig().toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String help = CliRunner.run("run", "--help").out();
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertTrue(help.contains(f.getFileName().toString()), "run --help does not name " + f.getFileName());
            }
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("measure,pca,latent", rows.get(0));
        assertEquals(
                "silhouette," + report.at("/silhouette/pca").asDouble() + ","
                        + report.at("/silhouette/latent").asDouble(),
                rows.get(2));
    }

    @Test
    void benchRefusesAnUnknownWorkload() {
        CliRunner r = CliRunner.run("bench", "--workload", "mnist");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--workload must be seed or fashion, got \"mnist\""), r.err());
    }
}
