package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.pipeline.RunArtifacts;
import io.latentlab.ui.task.DirectTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and experiment decisions without a toolkit: the dialogs and the plot images are fakes. */
class FilesViewModelTest {

    @TempDir
    Path dir;

    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> plotsWritten = new ArrayList<>();
    private LabViewModel vm;

    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Optional<Path> openFile(String title, List<Filter> filters) {
            asked.add("open: " + title);
            return answers.pop();
        }

        @Override
        public Optional<Path> saveFile(String title, String initialName, Filter filter) {
            asked.add("save: " + initialName + " " + filter.patterns());
            return answers.pop();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            asked.add("folder");
            return answers.pop();
        }
    };

    private final PlotImages plots = (chart, file) -> {
        plotsWritten.add(file.getFileName().toString());
        Files.writeString(file, chart.stem());
    };

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(4), dialogs);
        vm.initialize();
    }

    @Test
    void exportAllBeforeTrainingWritesPlotsAndTheFormsExperimentOnly() throws IOException {
        answers.push(Optional.of(dir.resolve("early")));
        vm.files().chooseFolderAndExportAll(plots);
        assertEquals(List.of("folder"), asked);
        assertEquals(List.of("pca.png", "latent.png", "loss.png", "pca.svg", "latent.svg", "loss.svg"), plotsWritten);
        try (Stream<Path> files = Files.list(dir.resolve("early"))) {
            assertEquals(7, files.count());
        }
        assertEquals(vm.form().build().orElseThrow(), ConfigJson.read(dir.resolve("early/config.json")));
    }

    @Test
    void exportAllAfterTrainingWritesWhatRunWrites() throws IOException {
        vm.training().trainOrPause();
        answers.push(Optional.of(dir.resolve("all")));
        vm.files().chooseFolderAndExportAll(plots);
        for (String name : List.of(
                RunArtifacts.CONFIG,
                RunArtifacts.WEIGHTS_JSON,
                RunArtifacts.WEIGHTS_NPZ,
                RunArtifacts.LATENT_CSV,
                RunArtifacts.METRICS_CSV,
                RunArtifacts.REPORT)) {
            assertTrue(Files.size(dir.resolve("all").resolve(name)) > 0, name);
        }
        assertTrue(
                vm.state().statusProperty().get().startsWith("Exported pca.png"),
                vm.state().statusProperty().get());
    }

    @Test
    void aFailingPlotIsNamedAndTheRestIsStillWritten() throws IOException {
        PlotImages broken = (chart, file) -> {
            if (chart == PlotImages.Chart.LOSS) {
                throw new IOException("no pixels");
            }
            Files.writeString(file, chart.stem());
        };
        vm.files().exportAll(broken, dir.resolve("partly"));
        String status = vm.state().statusProperty().get();
        assertTrue(status.contains("loss.png (no pixels)") && status.contains("loss.svg (no pixels)"), status);
        assertTrue(Files.exists(dir.resolve("partly/pca.png")));
        assertTrue(Files.exists(dir.resolve("partly/config.json")));
    }

    @Test
    void cancelledDialogsDoNothing() {
        String before = vm.state().statusProperty().get();
        answers.push(Optional.empty());
        answers.push(Optional.empty());
        answers.push(Optional.empty());
        vm.files().chooseAndSaveExperiment();
        vm.files().chooseAndExport(RunArtifacts.WEIGHTS_NPZ);
        vm.files().chooseAndLoadExperiment();
        assertEquals(
                List.of("save: experiment.json [*.json]", "save: weights.npz [*.npz]", "open: Load experiment"), asked);
        assertEquals(before, vm.state().statusProperty().get());
    }

    @Test
    void aSavedExperimentLoadsBackIntoTheForm() {
        vm.form().learningRate.setText("0.02");
        Path file = dir.resolve("exp.json");
        answers.push(Optional.of(file));
        vm.files().chooseAndSaveExperiment();
        vm.form().learningRate.setText("0.5");
        answers.push(Optional.of(file));
        vm.files().chooseAndLoadExperiment();
        assertEquals("0.02", vm.form().learningRate.text());
        assertEquals(Phase.READY, vm.state().phaseProperty().get());
    }

    @Test
    void anExperimentSavedAfterTrainingOpensWithItsModelAndScoresWithoutRetraining() throws IOException {
        vm.training().trainOrPause();
        String latentSilhouette = vm.results().metrics().get(1).latent();
        String trust = vm.results().metrics().get(2).latent();
        Path file = dir.resolve("trained.json");
        vm.files().saveExperiment(file);
        assertTrue(
                vm.state().statusProperty().get().contains("and trained model"),
                vm.state().statusProperty().get());

        LabViewModel other = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(99), dialogs);
        other.initialize();
        other.files().loadExperiment(file);
        assertEquals(
                Phase.FINISHED,
                other.state().phaseProperty().get(),
                other.state().statusProperty().get());
        assertEquals(4, other.training().progress().epochProperty().get());
        assertEquals(4, other.training().progress().lossHistoryProperty().get().count());
        assertEquals(latentSilhouette, other.results().metrics().get(1).latent());
        assertEquals(trust, other.results().metrics().get(2).latent());
        assertEquals("4", other.form().maxEpochs.text());
        assertTrue(
                other.state().statusProperty().get().contains("no retraining"),
                other.state().statusProperty().get());
        assertEquals(
                "Train starts a new model; this one cannot go on training (Undo brings it back).",
                other.state().noticeProperty().get(),
                "a model from a file has no optimizer state to go on from");
        // The command line reads the same file: its config for run --config, its model for run --weights.
        assertEquals(vm.form().build().orElseThrow(), ConfigJson.read(file));
        assertEquals(6, io.latentlab.core.ae.WeightsJson.read(file).model().inputWidth());
    }

    @Test
    void openedAndSavedFilesAreRememberedMostRecentFirst() throws IOException {
        Path exp = dir.resolve("a.json");
        vm.files().saveExperiment(exp);
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "1,2,a\n3,4,b\n5,6,a\n7,8,b\n9,1,a\n2,3,b\n4,4,a\n5,5,b\n6,1,a\n7,2,b\n");
        vm.files().openData(csv);
        vm.files().loadExperiment(exp);
        assertEquals(
                List.of(exp.toAbsolutePath(), csv.toAbsolutePath()), vm.files().recentFiles());
        assertEquals(exp.toAbsolutePath(), vm.files().lastExperimentProperty().get());
        Files.delete(csv);
        vm.files().openRecent(csv.toAbsolutePath());
        assertEquals(List.of(exp.toAbsolutePath()), vm.files().recentFiles());
    }
}
