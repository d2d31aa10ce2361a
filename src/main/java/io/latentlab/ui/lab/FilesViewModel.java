package io.latentlab.ui.lab;

import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.pipeline.ExperimentFile;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.RunArtifacts;
import io.latentlab.core.validation.UserMessage;
import io.latentlab.ui.form.ParameterForm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files feature: experiments in and out, data files in, and exports. Model files are written by the pipeline's
 * {@link RunArtifacts}, the same writer as {@code run --out}; plots by the view's {@link PlotImages}. Every dialog
 * goes through {@link FileDialogs}, so tests answer them.
 */
public final class FilesViewModel {

    static final FileDialogs.Filter JSON = new FileDialogs.Filter("Experiment JSON", "*.json");
    static final FileDialogs.Filter DATA =
            new FileDialogs.Filter("Data files", "*.csv", "*.tsv", "*.txt", "*.gz", "*ubyte*", "*.idx", "*.npy");
    static final int MAX_RECENT = 8;
    static final FileDialogs.Filter ALL = new FileDialogs.Filter("All files", "*.*");

    private final ParameterForm form;
    private final LabState state;
    private final DataViewModel data;
    private final TrainingViewModel training;
    private final ResultsViewModel results;
    private FileDialogs dialogs;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<Path> lastExperiment = new ReadOnlyObjectWrapper<>(this, "lastExperiment");

    FilesViewModel(
            ParameterForm form,
            LabState state,
            DataViewModel data,
            TrainingViewModel training,
            ResultsViewModel results,
            FileDialogs dialogs) {
        this.form = form;
        this.state = state;
        this.data = data;
        this.training = training;
        this.results = results;
        this.dialogs = dialogs;
    }

    /** The window replaces the dialogs once it has a stage to own them. */
    public void setDialogs(FileDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Experiments and data files opened or saved, most recent first (File → Open recent). */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    /** The experiment file last opened or saved, to reopen at the next launch. */
    public ReadOnlyObjectProperty<Path> lastExperimentProperty() {
        return lastExperiment.getReadOnlyProperty();
    }

    /** Restores the recent list remembered from an earlier launch. */
    public void rememberRecent(List<Path> files) {
        recent.setAll(files.stream().limit(MAX_RECENT).toList());
    }

    // ---- commands behind the File menu -------------------------------------------------------------------

    public void chooseDataFile() {
        dialogs.openFile("Open data (CSV, NumPy .npy or IDX)", List.of(DATA, ALL))
                .ifPresent(this::openData);
    }

    public void openData(Path file) {
        noteRecent(file);
        data.openDataFile(file);
    }

    /** Opens a file from the recent list: an experiment (.json) or data. */
    public void openRecent(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            recent.remove(file);
            state.setStatus(file + " no longer exists; removed from the recent files");
        } else if (file.getFileName()
                .toString()
                .toLowerCase(java.util.Locale.ROOT)
                .endsWith(".json")) {
            loadExperiment(file);
        } else {
            openData(file);
        }
    }

    private void noteRecent(Path file) {
        Path p = file.toAbsolutePath().normalize();
        recent.remove(p);
        recent.add(0, p);
        if (recent.size() > MAX_RECENT) {
            recent.remove(MAX_RECENT, recent.size());
        }
    }

    private void noteExperiment(Path file) {
        noteRecent(file);
        lastExperiment.set(file.toAbsolutePath().normalize());
    }

    public void chooseAndLoadExperiment() {
        dialogs.openFile("Load experiment", List.of(JSON)).ifPresent(this::loadExperiment);
    }

    public void chooseAndSaveExperiment() {
        dialogs.saveFile("Save experiment", "experiment.json", JSON).ifPresent(this::saveExperiment);
    }

    /** Asks where to write one of the run's files ({@link RunArtifacts} names), then writes it. */
    public void chooseAndExport(String artifact) {
        dialogs.saveFile("Export " + artifact, artifact, filterFor(artifact))
                .ifPresent(file -> exportArtifact(artifact, file));
    }

    public void chooseAndExportPlot(PlotImages plots, PlotImages.Chart chart, boolean svg) {
        String name = chart.stem() + (svg ? ".svg" : ".png");
        dialogs.saveFile(
                        "Export " + name,
                        name,
                        svg
                                ? new FileDialogs.Filter("SVG image", "*.svg")
                                : new FileDialogs.Filter("PNG image", "*.png"))
                .ifPresent(file -> exportPlot(plots, chart, file));
    }

    public void chooseFolderAndExportAll(PlotImages plots) {
        dialogs.chooseFolder("Export plots, weights and latent CSV to…").ifPresent(dir -> exportAll(plots, dir));
    }

    // ---- the work ---------------------------------------------------------------------------------------

    /** Opens a saved experiment: its data and, when it holds a model, that model with its scores (no training). */
    public void loadExperiment(Path file) {
        ExperimentFile.Contents contents;
        try {
            contents = ExperimentFile.read(file);
        } catch (IOException | RuntimeException e) {
            state.reportProblem("Could not load " + file.getFileName(), UserMessage.of(e));
            return;
        }
        noteExperiment(file);
        if (contents.model() == null) {
            data.showFromFile(
                    contents.config(), "Loaded " + file.getFileName(), null, "Could not load " + file.getFileName());
            return;
        }
        TrainingResult saved;
        try {
            saved = contents.restoredTraining();
        } catch (RuntimeException e) {
            state.reportProblem("Could not load the model in " + file.getFileName(), UserMessage.of(e));
            return;
        }
        data.showFromFile(
                contents.config(),
                "Loading " + file.getFileName() + "…",
                () -> {
                    training.restore(saved, TrainingProgress.historyOf(saved));
                    state.setStatus("Loaded " + file.getFileName() + ": the trained model of " + saved.epochs()
                            + " epochs, no retraining");
                },
                "Could not load " + file.getFileName());
    }

    /**
     * Saves the experiment: after a scored run its config and trained model (so Open restores both), before that
     * the form's config.
     */
    public void saveExperiment(Path file) {
        Outcome o = results.outcomeProperty().get();
        ExperimentConfig c = form.build().orElse(null);
        if (o == null && c == null) {
            state.setStatus("Cannot save: " + form.problemProperty().get());
            return;
        }
        try {
            ExperimentFile.write(file, c, o);
            noteExperiment(file);
            state.setStatus("Saved experiment" + (o != null ? " and trained model" : "") + " to " + file);
        } catch (IOException e) {
            state.setStatus("Could not save " + file + ": " + e.getMessage());
        }
    }

    /** Writes one file of the scored run, e.g. {@link RunArtifacts#WEIGHTS_JSON}, and reports the outcome. */
    public void exportArtifact(String artifact, Path file) {
        Optional<Outcome> o = scored();
        if (o.isEmpty()) {
            state.setStatus("Nothing to export yet: train a model first");
            return;
        }
        report(file, target -> RunArtifacts.write(o.get(), artifact, target));
    }

    public void exportPlot(PlotImages plots, PlotImages.Chart chart, Path file) {
        report(file, target -> plots.write(chart, target));
    }

    /**
     * Plots (PNG and SVG), the experiment shown, and when a run has been scored everything {@code run --out}
     * writes (weights, latent CSV, report). Every file is tried; the status names each one that failed.
     */
    public void exportAll(PlotImages plots, Path dir) {
        try {
            AtomicFiles.ensureWritableDirectory(dir);
        } catch (IOException e) {
            state.setStatus("Export failed: " + e.getMessage());
            return;
        }
        Map<String, Export> files = new LinkedHashMap<>();
        for (String ext : List.of("png", "svg")) {
            for (PlotImages.Chart chart : PlotImages.Chart.values()) {
                files.put(chart.stem() + "." + ext, p -> plots.write(chart, p));
            }
        }
        Optional<Outcome> o = scored();
        if (o.isPresent()) {
            for (String artifact : RunArtifacts.names(o.get())) {
                files.put(artifact, p -> RunArtifacts.write(o.get(), artifact, p));
            }
        } else {
            files.put(RunArtifacts.CONFIG, this::writeFormExperiment);
        }
        List<String> failed = new ArrayList<>();
        files.forEach((name, export) -> {
            try {
                export.to(dir.resolve(name));
            } catch (IOException | RuntimeException e) {
                failed.add(name + " (" + e.getMessage() + ")");
            }
        });
        state.setStatus(
                failed.isEmpty()
                        ? "Exported " + String.join(", ", files.keySet()) + " to " + dir
                        : "Export to " + dir + " failed for " + String.join("; ", failed));
    }

    // ---- internals --------------------------------------------------------------------------------------

    private interface Export {
        void to(Path file) throws IOException;
    }

    private Optional<Outcome> scored() {
        return Optional.ofNullable(results.outcomeProperty().get());
    }

    private void writeFormExperiment(Path file) throws IOException {
        ExperimentConfig c = form.build().orElse(null);
        if (c == null) {
            throw new IOException("the experiment has an invalid value: "
                    + form.problemProperty().get());
        }
        ConfigJson.write(c, file);
    }

    private void report(Path file, Export action) {
        try {
            action.to(file);
            state.setStatus("Exported " + file);
        } catch (IOException | RuntimeException e) {
            state.setStatus("Export failed: " + e.getMessage());
        }
    }

    private static FileDialogs.Filter filterFor(String artifact) {
        return switch (artifact.substring(artifact.lastIndexOf('.') + 1)) {
            case "npz" -> new FileDialogs.Filter("NumPy archive", "*.npz");
            case "csv" -> new FileDialogs.Filter("CSV", "*.csv");
            default -> new FileDialogs.Filter("JSON", "*.json");
        };
    }
}
