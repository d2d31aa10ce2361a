package io.latentlab.ui.lab;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.ui.explore.ExploreViewModel;
import io.latentlab.ui.form.ParameterForm;
import io.latentlab.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lab's state and commands, as one small view-model per feature — {@link #data()}, {@link #training()},
 * {@link #results()}, {@link #files()}, {@link #generate()}, {@link #sweep()}, {@link #timeline()} — around the shared {@link #form()} and {@link #state()}. Each feature
 * observes the others' properties; none touches a scene graph, so tests drive them without a toolkit (with a
 * synchronous {@link TaskExecutor}). This class only wires them and keeps the notice about stale settings.
 */
public final class LabViewModel {

    private final TaskExecutor executor;
    private final ParameterForm form;
    private final LabState state = new LabState();
    private final DataViewModel data;
    private final TrainingViewModel training;
    private final ResultsViewModel results;
    private final FilesViewModel files;
    private final DiscardUndo undo;
    private final GenerateViewModel generate;
    private final SweepViewModel sweep;
    private final TimelineViewModel timeline;
    private final ExploreViewModel explore;

    public LabViewModel(TaskExecutor executor, ExperimentConfig initial) {
        this(executor, initial, NO_DIALOGS);
    }

    public LabViewModel(TaskExecutor executor, ExperimentConfig initial, FileDialogs dialogs) {
        this.executor = Objects.requireNonNull(executor);
        this.form = new ParameterForm(initial);
        data = new DataViewModel(executor, form, state);
        training = new TrainingViewModel(executor, form, state, data);
        results = new ResultsViewModel(executor, state, data, training);
        files = new FilesViewModel(form, state, data, training, results, dialogs);
        undo = new DiscardUndo(state, data, training);
        generate = new GenerateViewModel(executor, state, results, files);
        sweep = new SweepViewModel(executor, form, files);
        timeline = new TimelineViewModel(state, training, files);
        explore = new ExploreViewModel(
                executor,
                new LabExploreSource(data, training, results),
                () -> training.progress().epochProperty().get());
        form.configProperty().addListener((obs, old, now) -> updateNotice());
        state.phaseProperty().addListener((obs, old, now) -> updateNotice());
        data.baselineProperty().addListener((obs, old, now) -> updateNotice());
        training.resultProperty().addListener((obs, old, now) -> updateNotice());
    }

    public ParameterForm form() {
        return form;
    }

    public LabState state() {
        return state;
    }

    public DataViewModel data() {
        return data;
    }

    public TrainingViewModel training() {
        return training;
    }

    public ResultsViewModel results() {
        return results;
    }

    public FilesViewModel files() {
        return files;
    }

    public DiscardUndo undo() {
        return undo;
    }

    public GenerateViewModel generate() {
        return generate;
    }

    public SweepViewModel sweep() {
        return sweep;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    /** Decoding, reconstruction, the latent grid and interpolation. */
    public ExploreViewModel explore() {
        return explore;
    }

    /** Shows the data and PCA of the form's config at once (in the background). */
    public void initialize() {
        data.regenerate();
    }

    /** Publishes the newest training progress; the view calls this once per frame. */
    public void pulse() {
        training.pulse();
        timeline.pulse();
        explore.pulse();
    }

    /** Stops training and background work (closing the window). */
    public void shutdown() {
        training.shutdown();
        sweep.shutdown();
        executor.shutdown();
    }

    /** Tells the user when the fields no longer describe what is shown or running. */
    private void updateNotice() {
        ExperimentConfig now = form.build().orElse(null);
        if (now == null) {
            return;
        }
        Baseline shown = data.baselineProperty().get();
        AutoencoderConfig running = training.sessionConfig();
        boolean dataChanged = shown != null && !shown.sameDataAs(now);
        boolean modelChanged =
                running != null && !withoutLearningRate(now.autoencoder()).equals(withoutLearningRate(running));
        boolean finished = training.resultProperty().get() != null;
        if (state.isTrainingOrPaused() && (dataChanged || modelChanged)) {
            state.setNotice(
                    "Changed settings apply when this run stops; it keeps its own until then (a new learning rate"
                            + " applies from the next epoch).");
        } else if (finished && !dataChanged && modelChanged && training.wouldContinue(now.autoencoder())) {
            state.setNotice("Train goes on from this model with the new epochs, stopping rule and learning rate.");
        } else if (finished && (dataChanged || modelChanged)) {
            state.setNotice("Train starts a new model with the changed settings (Undo brings this one back).");
        } else if (finished && !training.wouldContinue(now.autoencoder())) {
            // An opened file's model, a stopped, diverged or failed run: nothing to go on from.
            state.setNotice("Train starts a new model; this one cannot go on training (Undo brings it back).");
        } else {
            // Changed data alone is the stale-data banner's to say (two lines saying it confused people).
            state.setNotice("");
        }
    }

    /** The learning rate may change while training, so it never makes the running model stale. */
    private static AutoencoderConfig withoutLearningRate(AutoencoderConfig a) {
        return a.toBuilder().learningRate(1.0).build();
    }

    /** Until the window provides real dialogs, every question is answered with "cancel". */
    private static final FileDialogs NO_DIALOGS = new FileDialogs() {
        @Override
        public Optional<Path> openFile(String title, List<Filter> filters) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> saveFile(String title, String initialName, Filter filter) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    };
}
