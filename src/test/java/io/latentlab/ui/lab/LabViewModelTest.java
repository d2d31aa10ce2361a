package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Experiment;
import io.latentlab.core.pipeline.ProgressListener;
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
        assertEquals(Phase.READY, vm.phaseProperty().get());
        assertNotNull(vm.pcaPlotProperty().get());
        assertEquals(60, vm.pcaPlotProperty().get().xy().rows());
        assertTrue(vm.pcaTitleProperty().get().matches("PCA — silhouette 0\\.\\d{4}"), vm.pcaTitleProperty().get());
        assertNull(vm.latentPlotProperty().get());
    }

    @Test
    void invalidInputDisablesTrainWithAReasonAtTheField() {
        assertTrue(vm.canTrainProperty().get());
        vm.form().samples.setText("many");
        assertFalse(vm.canTrainProperty().get());
        assertEquals("\"many\" is not a whole number", vm.form().samples.error());
        vm.form().samples.setText("1");
        assertFalse(vm.canTrainProperty().get());
        assertTrue(vm.form().samples.error().startsWith("samples must be between 2 and"), vm.form().samples.error());
        vm.form().batchSize.setText("0");
        assertTrue(vm.form().problemProperty().get().startsWith("Samples:"), vm.form().problemProperty().get());
        vm.form().samples.setText("300");
        assertFalse(vm.form().batchSize.error().isEmpty());
        vm.form().batchSize.setText("32");
        assertTrue(vm.canTrainProperty().get());
        assertEquals("", vm.form().samples.error());
    }

    @Test
    void trainingFillsLossLatentAndMetricsAndMatchesTheCommandLine() {
        vm.trainOrPause();
        vm.pulse();
        assertEquals(Phase.FINISHED, vm.phaseProperty().get());
        assertEquals(6, vm.epochProperty().get());
        assertEquals(6, vm.lossHistoryProperty().get().count());
        assertTrue(vm.trainLossProperty().get() > 0);
        assertNotNull(vm.latentPlotProperty().get());
        assertFalse(vm.stopReasonProperty().get().isEmpty());
        String latentSilhouette = vm.metrics().get(1).latent();
        assertTrue(latentSilhouette.matches("-?\\d\\.\\d{4}"), latentSilhouette);

        // The same config through the command line's pipeline gives the same numbers.
        ExperimentConfig config = vm.form().build().orElseThrow();
        Double cli = Experiment.run(config, ProgressListener.SILENT).report().silhouette().latent();
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", cli), latentSilhouette);
    }

    @Test
    void digitsAndOpenedFilesReplaceTheBlobs() throws IOException {
        vm.form().source.set(io.latentlab.core.config.DataSource.DIGITS); // shows the digits at once
        assertEquals(Phase.READY, vm.phaseProperty().get(), vm.statusProperty().get());
        assertEquals(360, vm.pcaPlotProperty().get().xy().rows());
        assertEquals(10, vm.pcaPlotProperty().get().classNames().size());
        assertEquals(64, vm.inputWidth());

        Path csv = dir.resolve("two.csv");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            rows.append(i % 2 * 5 + i * 0.01).append(',').append(i % 3).append(',').append(i % 2 == 0 ? "a" : "b")
                    .append('\n');
        }
        Files.writeString(csv, rows);
        vm.openDataFile(csv);
        assertEquals(Phase.READY, vm.phaseProperty().get(), vm.statusProperty().get());
        assertEquals(java.util.List.of("a", "b"), vm.pcaPlotProperty().get().classNames());
        assertEquals(2, vm.inputWidth());

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "1,2,a\n3,oops,b\n5,6,a\n");
        vm.openDataFile(broken);
        assertEquals(Phase.FAILED, vm.phaseProperty().get());
        assertTrue(vm.statusProperty().get().contains("broken.csv, line 2, column 2"), vm.statusProperty().get());
        vm.form().source.set(io.latentlab.core.config.DataSource.BLOBS);
        assertEquals(Phase.READY, vm.phaseProperty().get());
        assertEquals(60, vm.pcaPlotProperty().get().xy().rows());
    }

    @Test
    void decodesALatentPointIntoFeatures() {
        vm.decodeAt(0.5, -0.5);
        assertNull(vm.decodedProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Train a model first"), vm.statusProperty().get());
        vm.trainOrPause();
        vm.decodeAt(0.5, -0.5);
        DecodedPoint d = vm.decodedProperty().get();
        assertEquals(6, d.values().length);
        assertEquals(0.5, d.latent()[0]);
        assertEquals(-0.5, d.latent()[1]);
        vm.reset();
        assertNull(vm.decodedProperty().get());
    }

    @Test
    void savedExperimentReadsBackEqual() throws IOException {
        vm.form().learningRate.setText("0.01");
        Path file = dir.resolve("exp.json");
        vm.saveExperiment(file);
        ExperimentConfig read = ConfigJson.read(file);
        assertEquals(vm.form().build().orElseThrow(), read);
        assertEquals(0.01, read.autoencoder().training().optimizer().learningRate());
    }

    @Test
    void exportsWeightsLatentAndReportsErrors() throws IOException {
        vm.exportWeightsJson(dir.resolve("early.json"));
        assertEquals("Nothing to export yet: train a model first", vm.statusProperty().get());
        vm.trainOrPause();
        vm.exportWeightsJson(dir.resolve("w.json"));
        vm.exportWeightsNpz(dir.resolve("w.npz"));
        vm.exportLatentCsv(dir.resolve("latent.csv"));
        assertEquals(6, WeightsJson.read(dir.resolve("w.json")).model().inputWidth());
        assertTrue(Files.size(dir.resolve("w.npz")) > 0);
        assertEquals(61, Files.readAllLines(dir.resolve("latent.csv")).size());
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        vm.exportWeightsJson(blocker.resolve("w.json"));
        assertTrue(vm.statusProperty().get().startsWith("Export failed: cannot write"), vm.statusProperty().get());
    }

    @Test
    void resetThrowsTheModelAway() {
        vm.trainOrPause();
        vm.reset();
        assertEquals(Phase.READY, vm.phaseProperty().get());
        assertEquals(0, vm.epochProperty().get());
        assertNull(vm.latentPlotProperty().get());
        assertEquals(0, vm.lossHistoryProperty().get().count());
        assertFalse(vm.hasModel());
    }

    @Test
    void changedSettingsAfterARunSayTrainStartsANewModel() {
        vm.trainOrPause();
        assertEquals("", vm.noticeProperty().get());
        vm.form().bottleneck.setText("3");
        assertEquals("Train starts a new model with the changed settings.", vm.noticeProperty().get());
        vm.form().bottleneck.setText("2");
        assertEquals("", vm.noticeProperty().get());
        vm.form().maxEpochs.setText("50");
        assertEquals("Train starts a new model with the changed settings.", vm.noticeProperty().get());
        vm.reset();
        assertEquals("", vm.noticeProperty().get());
        vm.form().clusters.setText("4");
        assertEquals("Data settings changed: Regenerate or Train to apply them.", vm.noticeProperty().get());
    }

    @Test
    void fileSourceWithoutAFileSaysSoAtTheFileRow() {
        vm.form().source.set(io.latentlab.core.config.DataSource.FILE);
        assertFalse(vm.canTrainProperty().get());
        assertEquals("file.path is required when source is \"file\"", vm.form().dataFile.error());
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
        assertEquals("Dead latent unit z1: constant for every row, so the plot collapses."
                + " Try a linear bottleneck activation.", LabViewModel.describeDead(diagnostics));
        assertEquals("", LabViewModel.describeDead(null));
    }
}
