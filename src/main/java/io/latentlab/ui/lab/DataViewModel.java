package io.latentlab.ui.lab;

import io.latentlab.core.config.DataConfig;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.EmbeddingScores;
import io.latentlab.core.validation.UserMessage;
import io.latentlab.ui.form.ParameterForm;
import io.latentlab.ui.task.TaskExecutor;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The data feature: stage 1 of the pipeline (data, split, scaling, PCA baseline) for the form's config, run in the
 * background, and the PCA plot. Other features observe {@link #baselineProperty()}: it turns null when a new
 * preparation starts and holds the new baseline when it is ready.
 */
public final class DataViewModel {

    private final TaskExecutor executor;
    private final ParameterForm form;
    private final LabState state;
    private final FailureDialogs failureDialogs;

    private final ReadOnlyObjectWrapper<Baseline> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyObjectWrapper<PlotData> pcaPlot = new ReadOnlyObjectWrapper<>(this, "pcaPlot");
    private final ReadOnlyStringWrapper pcaTitle = new ReadOnlyStringWrapper(this, "pcaTitle", "PCA");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper preset = new ReadOnlyStringWrapper(this, "preset", "");
    private final ReadOnlyBooleanWrapper presetModified = new ReadOnlyBooleanWrapper(this, "presetModified", false);
    private final ReadOnlyObjectWrapper<Baseline> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private ExperimentConfig presetConfig;
    private final Preparations preparations;
    /** What was shown before the preparation now running, for Cancel to bring back. */
    private Baseline previous;

    private boolean loadingForm;

    DataViewModel(TaskExecutor executor, ParameterForm form, LabState state) {
        this.executor = executor;
        this.form = form;
        this.state = state;
        this.failureDialogs = new FailureDialogs(state);
        this.preparations = new Preparations(executor);
        // Picking another source is a deliberate choice: show that data at once (a file needs Open data… first).
        form.source.addListener((obs, old, now) -> {
            if (!loadingForm && form.dataConfigProperty().get() != null) {
                regenerate(); // a bad training field is no reason not to show the data
            }
        });
        form.configProperty().addListener((obs, old, now) -> updateMarks());
        form.dataConfigProperty().addListener((obs, old, now) -> updateMarks());
        baseline.addListener((obs, old, now) -> updateMarks());
    }

    /** True when the form's data settings differ from the data shown: the plots are of older settings. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The preset last chosen, or "" after loading an experiment file. */
    public ReadOnlyStringProperty presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** True when the form no longer equals the chosen preset. */
    public ReadOnlyBooleanProperty presetModifiedProperty() {
        return presetModified.getReadOnlyProperty();
    }

    private void updateMarks() {
        ExperimentConfig now = form.build().orElse(null);
        ExperimentConfig data = form.dataConfigProperty().get(); // also while a training field is invalid
        Baseline shown = baseline.get();
        stale.set(shown != null && (data == null ? form.hasDataProblem() : !shown.sameDataAs(data)));
        presetModified.set(presetConfig != null && !presetConfig.equals(now));
    }

    /** The prepared data and PCA baseline shown, or null while preparing or after a failure. */
    public ReadOnlyObjectProperty<Baseline> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> pcaPlotProperty() {
        return pcaPlot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pcaTitleProperty() {
        return pcaTitle.getReadOnlyProperty();
    }

    /** Features of the prepared data (the network's input and output width), or 0 before data is ready. */
    public int inputWidth() {
        Baseline b = baseline.get();
        return b == null ? 0 : b.data().features();
    }

    /** The width the form's data will have, known before it is prepared (blobs, bundled sets); 0 for a file. */
    int formWidth() {
        ExperimentConfig c = form.build().orElse(null);
        if (c == null) {
            return 0;
        }
        return c.data().source() == io.latentlab.core.config.DataSource.BLOBS
                ? c.data().blobs().features()
                : c.data().source().bundledFeatures();
    }

    /**
     * Generates or loads the form's data and fits PCA again (in the background); the model is reset. A bad training
     * field does not stop it: the data fields are all it needs.
     */
    public void regenerate() {
        ExperimentConfig config = form.dataConfigProperty().get(); // the whole config when the form is valid
        if (config == null) {
            state.setStatus("Cannot regenerate: " + form.problemProperty().get());
            return;
        }
        prepare(config, null);
    }

    public void applyPreset(String name) {
        ExperimentConfig config = Presets.load(name);
        presetConfig = config;
        preset.set(name);
        show(config, "Preset \"" + name + "\" loaded");
    }

    /** Remembers which preset the form starts from, so edits can be marked "(modified)". */
    public void startFromPreset(String name, ExperimentConfig config) {
        presetConfig = config;
        preset.set(name);
        updateMarks();
    }

    /** Fills the form with {@code config} and prepares its data. */
    void show(ExperimentConfig config, String message) {
        show(config, message, null);
    }

    /** Fills the form with {@code config}, prepares its data, then runs {@code then} (if any). */
    void show(ExperimentConfig config, String message, Runnable then) {
        if (config != presetConfig) {
            showPresetOf(config); // an experiment file that holds a preset, untouched, shows its name
        }
        loadForm(config);
        state.setStatus(message);
        prepare(config, then);
    }

    /**
     * Shows a baseline prepared earlier (Undo): its settings in the form with {@code autoencoder}, its plot, and no
     * recomputation. A preparation still running is overtaken.
     */
    void restore(Baseline b, io.latentlab.core.ae.AutoencoderConfig autoencoder) {
        preparations.cancel();
        previous = null;
        ExperimentConfig restored = b.config().withAutoencoder(autoencoder);
        showPresetOf(restored); // the picker said "custom" after Undo
        loadForm(restored);
        showBaseline(b);
        updateMarks();
    }

    /** The baseline's PCA plot and title, then the baseline itself: the data is ready. */
    private void showBaseline(Baseline b) {
        Baseline shown = preview.get();
        // The plot made from the preview of this very preparation stays (same rows, same coordinates).
        if (shown == null || shown.pcaTest() != b.pcaTest() || pcaPlot.get() == null) {
            pcaPlot.set(PlotData.of(b, b.pcaPlane()));
        }
        pcaTitle.set("PCA — silhouette "
                + Formats.score(b.pcaScores().silhouette(), b.pcaScores().sampleRows()));
        baseline.set(b);
        preview.set(b);
        state.setPhase(Phase.READY);
    }

    /** The preset whose settings {@code config} is, untouched, or none ("custom"). */
    private void showPresetOf(ExperimentConfig config) {
        presetConfig = null;
        preset.set("");
        for (String name : Presets.NAMES) {
            ExperimentConfig p = Presets.load(name);
            if (p.equals(config)) {
                presetConfig = p;
                preset.set(name);
            }
        }
    }

    /** Uses a CSV or .npy file as the data (labels: last column for CSV) and prepares it. */
    public void openDataFile(Path file) {
        openDataFile(file, null);
    }

    /** The same, with each row read as an image of {@code imageShape} ("28x28"); null keeps the form's field. */
    public void openDataFile(Path file, String imageShape) {
        loadingForm = true;
        try {
            if (imageShape != null) {
                form.imageShape.setText(imageShape);
            }
            form.filePath.set(file.toString());
            form.source.set(DataSource.FILE);
        } finally {
            loadingForm = false;
        }
        int before = preparations.generation();
        regenerate();
        if (preparations.generation() != before) {
            failureDialogs.expect(preparations.generation(), "Could not open " + file.getFileName());
        }
    }

    /**
     * Like {@link #show(ExperimentConfig, String, Runnable)} for a config read from a file: if its data cannot be
     * prepared, the user hears why in a dialog titled {@code failureTitle}.
     */
    void showFromFile(ExperimentConfig config, String message, Runnable then, String failureTitle) {
        int before = preparations.generation();
        show(config, message, then);
        if (preparations.generation() != before) {
            failureDialogs.expect(preparations.generation(), failureTitle);
        }
    }

    private void loadForm(ExperimentConfig c) {
        loadingForm = true;
        try {
            form.load(c);
        } finally {
            loadingForm = false;
        }
    }

    /**
     * Prepares data and PCA in the background, then runs {@code then} (if any) on the UI thread. Each step is shown
     * in the status line, the PCA plot as soon as PCA is fitted, each score as soon as it is computed. A
     * preparation overtaken by a newer one, or {@link #cancelPreparation cancelled}, is interrupted and stops
     * within one block of work.
     */
    void prepare(ExperimentConfig config, Runnable then) {
        Baseline before = baseline.get();
        if (before != null) {
            previous = before;
        }
        baseline.set(null);
        preview.set(null);
        // The plot keeps the data shown until the new PCA is ready (seconds for Fashion-MNIST): its title says so.
        pcaTitle.set(pcaPlot.get() != null ? "PCA of the previous data — preparing…" : "PCA — preparing…");
        state.setPhase(Phase.PREPARING);
        state.setStatus(describeSource(config.data()) + "…");
        preparations.start(config, new Preparations.Handler() {
            @Override
            public void step(String message) {
                if (state.phase() == Phase.PREPARING) {
                    state.setStatus(capitalize(message) + "…");
                }
            }

            @Override
            public void partial(Baseline unfinished) {
                if (state.phase() == Phase.PREPARING) {
                    showPreview(unfinished);
                }
            }

            @Override
            public void done(Baseline b) {
                previous = null;
                showBaseline(b);
                state.setStatus("Data ready: " + b.data().train().rows() + " train and "
                        + b.data().test().rows() + " test rows, " + b.data().features() + " features");
                if (then != null) {
                    then.run();
                }
            }

            @Override
            public void failed(Throwable e, int generation) {
                pcaPlot.set(null);
                pcaTitle.set("PCA");
                preview.set(null);
                state.setPhase(Phase.FAILED);
                state.setStatus("Could not prepare the data: " + UserMessage.of(e));
                failureDialogs.failed(generation, UserMessage.of(e));
            }
        });
    }

    /**
     * Stops the preparation running now. The data shown before it started comes back (its settings differ from the
     * form's, which the window marks), or, when there was none, the lab says what happened.
     */
    public void cancelPreparation() {
        if (state.phase() != Phase.PREPARING) {
            return;
        }
        preparations.cancel();
        Baseline back = previous;
        previous = null;
        if (back != null) {
            showBaseline(back);
            updateMarks();
            state.setStatus("Preparation cancelled; the plots show the data from before");
        } else {
            pcaPlot.set(null);
            pcaTitle.set("PCA");
            preview.set(null);
            state.setPhase(Phase.FAILED);
            state.setStatus("Preparation cancelled; Regenerate to prepare the data");
        }
    }

    /** The newest scores of a preparation still running (or the finished baseline), for the plot and the table. */
    public ReadOnlyObjectProperty<Baseline> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    private void showPreview(Baseline unfinished) {
        if (preview.get() == null || pcaPlot.get() == null) {
            pcaPlot.set(PlotData.of(unfinished, unfinished.pcaPlane()));
        }
        preview.set(unfinished);
        pcaTitle.set(titleOf(unfinished));
    }

    private static String titleOf(Baseline b) {
        EmbeddingScores s = b.pcaScores();
        if (s.silhouette() == null && s.trustworthiness() == null && s.knnAccuracy() == null && s.note() == null) {
            return b.data().test().hasLabels() ? "PCA — scoring…" : "PCA";
        }
        return "PCA — silhouette " + Formats.score(s.silhouette(), s.sampleRows()) + " · scoring…";
    }

    private static String describeSource(DataConfig d) {
        return switch (d.source()) {
            case BLOBS -> "Generating " + d.blobs().samples() + " blobs";
            case DIGITS -> "Loading digits";
            case FASHION_MNIST -> "Loading Fashion-MNIST";
            case FILE -> "Loading " + Path.of(d.file().path()).getFileName();
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
