package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.LatentWarnings;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.core.pipeline.RunArtifacts;
import io.latentlab.ui.explore.Decoded;
import io.latentlab.ui.explore.PointerDecoder;
import io.latentlab.ui.explore.Space;
import io.latentlab.ui.task.DirectTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model without a toolkit: background work runs synchronously. */
class LabViewModelTest {

    @TempDir
    Path dir;

    private LabViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(6));
        vm.initialize();
    }

    @Test
    void showsDataAndPcaAtOnce() {
        assertEquals(Phase.READY, vm.state().phaseProperty().get());
        assertNotNull(vm.data().pcaPlotProperty().get());
        assertEquals(60, vm.data().pcaPlotProperty().get().xy().rows());
        assertTrue(
                vm.data().pcaTitleProperty().get().matches("PCA — silhouette 0\\.\\d{4}"),
                vm.data().pcaTitleProperty().get());
        assertNull(vm.results().latentPlotProperty().get());
    }

    @Test
    void invalidInputDisablesTrainWithAReasonAtTheField() {
        assertTrue(vm.training().canTrainProperty().get());
        vm.form().samples.setText("many");
        assertFalse(vm.training().canTrainProperty().get());
        assertEquals("\"many\" is not a whole number", vm.form().samples.error());
        vm.form().samples.setText("1");
        assertFalse(vm.training().canTrainProperty().get());
        assertTrue(
                vm.form().samples.error().startsWith("Samples must be between 2 and"),
                vm.form().samples.error());
        vm.form().batchSize.setText("0");
        assertTrue(
                vm.form().problemProperty().get().startsWith("Samples must"),
                vm.form().problemProperty().get());
        vm.form().samples.setText("300");
        assertFalse(vm.form().batchSize.error().isEmpty());
        vm.form().batchSize.setText("32");
        assertTrue(vm.training().canTrainProperty().get());
        assertEquals("", vm.form().samples.error());
    }

    @Test
    void trainingFillsLossLatentAndMetricsAndMatchesTheCommandLine() {
        vm.training().trainOrPause();
        vm.pulse();
        assertEquals(Phase.FINISHED, vm.state().phaseProperty().get());
        assertEquals(6, vm.training().progress().epochProperty().get());
        assertEquals(6, vm.training().progress().lossHistoryProperty().get().count());
        assertTrue(vm.training().progress().trainLossProperty().get() > 0);
        assertNotNull(vm.results().latentPlotProperty().get());
        assertFalse(vm.training().progress().stopReasonProperty().get().isEmpty());
        assertTrue(
                vm.state().statusProperty().get().endsWith("Train goes on from here; Reset starts anew."),
                "what Train does next: " + vm.state().statusProperty().get());
        String latentSilhouette = vm.results().metrics().get(1).latent();
        assertTrue(latentSilhouette.matches("-?\\d\\.\\d{4}"), latentSilhouette);

        // The same config through the command line's pipeline gives the same numbers.
        ExperimentConfig config = vm.form().build().orElseThrow();
        io.latentlab.core.pipeline.Report report =
                Pipeline.run(config, ProgressListener.SILENT).report();
        Double cli = report.silhouette().latent();
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", cli), latentSilhouette);
        MetricRow mse = vm.results().metrics().stream()
                .filter(m -> m.measure().startsWith("Reconstruction MSE"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "%.5f",
                        report.pca().reconstructionMse().test()),
                mse.pca());
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "%.5f",
                        report.reconstructionMse().test()),
                mse.latent());
    }

    @Test
    void digitsAndOpenedFilesReplaceTheBlobs() throws IOException {
        vm.form().source.set(io.latentlab.core.config.DataSource.DIGITS); // shows the digits at once
        assertEquals(
                Phase.READY,
                vm.state().phaseProperty().get(),
                vm.state().statusProperty().get());
        assertEquals(360, vm.data().pcaPlotProperty().get().xy().rows());
        assertEquals(10, vm.data().pcaPlotProperty().get().classNames().size());
        assertEquals(64, vm.data().inputWidth());

        Path csv = dir.resolve("two.csv");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            rows.append(i % 2 * 5 + i * 0.01)
                    .append(',')
                    .append(i % 3)
                    .append(',')
                    .append(i % 2 == 0 ? "a" : "b")
                    .append('\n');
        }
        Files.writeString(csv, rows);
        vm.data().openDataFile(csv);
        assertEquals(
                Phase.READY,
                vm.state().phaseProperty().get(),
                vm.state().statusProperty().get());
        assertEquals(
                java.util.List.of("a", "b"), vm.data().pcaPlotProperty().get().classNames());
        assertEquals(2, vm.data().inputWidth());

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "1,2,a\n3,oops,b\n5,6,a\n");
        vm.data().openDataFile(broken);
        assertEquals(Phase.FAILED, vm.state().phaseProperty().get());
        assertTrue(
                vm.state().statusProperty().get().contains("broken.csv, line 2, column 2"),
                vm.state().statusProperty().get());
        vm.form().source.set(io.latentlab.core.config.DataSource.BLOBS);
        assertEquals(Phase.READY, vm.state().phaseProperty().get());
        assertEquals(60, vm.data().pcaPlotProperty().get().xy().rows());
    }

    @Test
    void decodesALatentPointIntoFeaturesOncePerPulse() {
        PointerDecoder decoder = vm.explore().decoder();
        decoder.pointAt(Space.AUTOENCODER, 0.5, -0.5);
        vm.pulse();
        assertNull(decoder.autoencoderProperty().get(), "no model, nothing decoded");
        // The PCA plot decodes through PCA's inverse transform before any training.
        decoder.pointAt(Space.PCA, 0.1, 0.2);
        vm.pulse();
        assertEquals(6, decoder.pcaProperty().get().values().length);
        vm.training().trainOrPause();
        int before = decoder.decodeCount();
        for (int i = 0; i < 50; i++) {
            decoder.pointAt(Space.AUTOENCODER, 0.5 + i, -0.5);
        }
        vm.pulse();
        assertEquals(before + 1, decoder.decodeCount(), "fifty mouse events between two frames cost one decode");
        Decoded d = decoder.autoencoderProperty().get();
        assertEquals(6, d.values().length);
        assertEquals(49.5, d.code()[0]);
        assertEquals(-0.5, d.code()[1]);
        vm.pulse();
        assertEquals(before + 1, decoder.decodeCount(), "nothing new, nothing decoded");
        vm.training().reset();
        vm.pulse();
        assertNull(decoder.autoencoderProperty().get());
    }

    @Test
    void savedExperimentReadsBackEqual() throws IOException {
        vm.form().learningRate.setText("0.01");
        Path file = dir.resolve("exp.json");
        vm.files().saveExperiment(file);
        ExperimentConfig read = ConfigJson.read(file);
        assertEquals(vm.form().build().orElseThrow(), read);
        assertEquals(0.01, read.autoencoder().training().optimizer().learningRate());
    }

    @Test
    void exportsWeightsLatentAndReportsErrors() throws IOException {
        vm.files().exportArtifact(RunArtifacts.WEIGHTS_JSON, dir.resolve("early.json"));
        assertEquals(
                "Nothing to export yet: train a model first",
                vm.state().statusProperty().get());
        vm.training().trainOrPause();
        vm.files().exportArtifact(RunArtifacts.WEIGHTS_JSON, dir.resolve("w.json"));
        vm.files().exportArtifact(RunArtifacts.WEIGHTS_NPZ, dir.resolve("w.npz"));
        vm.files().exportArtifact(RunArtifacts.LATENT_CSV, dir.resolve("latent.csv"));
        assertEquals(6, WeightsJson.read(dir.resolve("w.json")).model().inputWidth());
        assertTrue(Files.size(dir.resolve("w.npz")) > 0);
        assertEquals(61, Files.readAllLines(dir.resolve("latent.csv")).size());
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        vm.files().exportArtifact(RunArtifacts.WEIGHTS_JSON, blocker.resolve("w.json"));
        assertTrue(
                vm.state().statusProperty().get().startsWith("Export failed: cannot write"),
                vm.state().statusProperty().get());
    }

    @Test
    void resetThrowsTheModelAway() {
        vm.training().trainOrPause();
        vm.training().reset();
        assertEquals(Phase.READY, vm.state().phaseProperty().get());
        assertEquals(0, vm.training().progress().epochProperty().get());
        assertNull(vm.results().latentPlotProperty().get());
        assertEquals(0, vm.training().progress().lossHistoryProperty().get().count());
        assertNull(vm.training().resultProperty().get());
    }

    @Test
    void changedSettingsAfterARunSayWhetherTrainGoesOnOrStartsANewModel() {
        vm.training().trainOrPause();
        assertEquals("", vm.state().noticeProperty().get());
        vm.form().bottleneck.setText("3");
        assertEquals(
                "Train starts a new model with the changed settings (Undo brings this one back).",
                vm.state().noticeProperty().get());
        vm.form().bottleneck.setText("2");
        assertEquals("", vm.state().noticeProperty().get());
        vm.form().maxEpochs.setText("50");
        assertEquals(
                "Train goes on from this model with the new epochs, stopping rule and learning rate.",
                vm.state().noticeProperty().get());
        vm.form().batchSize.setText("16");
        assertEquals(
                "Train starts a new model with the changed settings (Undo brings this one back).",
                vm.state().noticeProperty().get());
        vm.training().reset();
        assertEquals("", vm.state().noticeProperty().get());
        vm.form().clusters.setText("4");
        assertEquals("", vm.state().noticeProperty().get(), "the stale-data banner says it, once");
        assertTrue(vm.data().staleProperty().get());
    }

    @Test
    void fileSourceWithoutAFileSaysSoAtTheFileRow() {
        vm.form().source.set(io.latentlab.core.config.DataSource.FILE);
        assertFalse(vm.training().canTrainProperty().get());
        assertEquals(
                "Data file is required when source is \"file\"",
                vm.form().dataFile.error());
        assertEquals("", vm.form().samples.error());
    }

    @Test
    void splitSeedIsItsOwnField() {
        vm.form().splitSeed.setText("5");
        assertEquals(5, vm.form().build().orElseThrow().split().seed());
        assertEquals(4, vm.form().build().orElseThrow().data().blobs().seed());
    }

    @Test
    void deadUnitsAreNamedWithAWayOut() {
        // Unit z1 is zero on every row (a dead ReLU), z2 varies.
        double[] latent = {0, 0.1, 0, 0.5, 0, 0.9, 0, 0.3};
        var diagnostics = io.latentlab.core.ae.LatentDiagnostics.of(latent, 4, 2, io.latentlab.core.ae.Activation.RELU);
        assertEquals(
                "Dead latent unit z1: constant for every training row, so the latent plot collapses."
                        + " Try a linear bottleneck activation.",
                LatentWarnings.describe(diagnostics));
        assertEquals("", LatentWarnings.describe(null));
    }
}
