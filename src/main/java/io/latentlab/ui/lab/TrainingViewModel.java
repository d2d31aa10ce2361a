package io.latentlab.ui.lab;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.StoppingConfig;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.ae.TrainingConfig;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.validation.UserMessage;
import io.latentlab.ui.form.ParameterForm;
import io.latentlab.ui.task.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The training feature: stage 2 of the pipeline as a {@link TrainingSession} on a worker thread, with its controls
 * (train, pause, resume, step, reset, live learning rate); {@link #progress()} shows how it goes. A new baseline
 * (or none) throws the model away, since it belongs to the old rows; every model thrown away is handed to the
 * discard listener first, so the window can offer Undo.
 */
public final class TrainingViewModel {

    private final TaskExecutor executor;
    private final ParameterForm form;
    private final LabState state;
    private final DataViewModel data;
    private final TrainingProgress progress = new TrainingProgress();
    private final ReadOnlyObjectWrapper<TrainingResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding canTrain;
    private final BooleanBinding canStep;
    private final LiveLearningRate liveRate;
    private final DiscardedModels discarded = new DiscardedModels();
    private SessionHook sessionHook = SessionHook.NONE;

    private volatile TrainingSession session;
    /** The current session when it failed without a result (a later failure is a FAILED result): no result comes. */
    private TrainingSession failed;
    /** The training settings of a continued segment (null: the session's own run). */
    private TrainingConfig segment;
    /** The form's settings when the model shown last started or went on training (null: none trained yet). */
    private AutoencoderConfig settings;

    TrainingViewModel(TaskExecutor executor, ParameterForm form, LabState state, DataViewModel data) {
        this.executor = executor;
        this.form = form;
        this.state = state;
        this.data = data;
        canTrain = TrainingButtons.canTrain(form, state);
        canStep = TrainingButtons.canStep(form, state);
        liveRate = new LiveLearningRate(form, state);
        data.baselineProperty().addListener((obs, old, now) -> discard(old));
    }

    // ---- state ------------------------------------------------------------------------------------------

    public TrainingProgress progress() {
        return progress;
    }

    /** The finished run (null while none has finished since the last reset). */
    public ReadOnlyObjectProperty<TrainingResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding canStepProperty() {
        return canStep;
    }

    /** The autoencoder settings of the model being trained or last trained, or null. */
    public AutoencoderConfig sessionConfig() {
        TrainingSession s = session;
        // Without a session, the settings it was trained with (what the form shows), not the reproduction config.
        return s != null ? s.config() : result.get() != null ? settings : null;
    }

    /** True while the training thread is parked in a pause (not merely asked to pause). */
    public boolean isParkedInPause() {
        TrainingSession s = session;
        return s != null && s.isPaused();
    }

    /** A finished model, or while training the weights of the latest epoch; null when there is none. */
    public TrainedAutoencoder currentModel() {
        TrainingResult r = result.get();
        TrainingSession s = session;
        return r != null ? r.model() : s != null ? s.latestModel() : null;
    }

    /** Hears of every new session before it trains, and of its end (the training timeline records from it). */
    void setSessionHook(SessionHook hook) {
        sessionHook = hook;
    }

    /** True while a session stopped by a discard is awaited, to hand its result to Undo (for tests). */
    boolean awaitsDiscardedResult() {
        return discarded.awaitsResult();
    }

    /** Hears of every trained model thrown away (reset, new data, a new structure). */
    void setOnDiscard(Consumer<DiscardedModel> listener) {
        discarded.setListener(listener);
    }

    // ---- commands ---------------------------------------------------------------------------------------

    /** Train when idle, pause when training, resume when paused. */
    public void trainOrPause() {
        switch (state.phase()) {
            case TRAINING -> {
                session.pause();
                state.setPhase(Phase.PAUSED);
                state.setStatus(TrainingStatus.pausedAt(progress.epochProperty().get()));
                showLine();
            }
            case PAUSED -> {
                session.resume();
                state.setPhase(Phase.TRAINING);
                state.setStatus("Training…");
                showLine();
            }
            case READY, FINISHED, FAILED -> start(false);
            case PREPARING -> state.setStatus("Still preparing the data…");
        }
    }

    /** Runs exactly one epoch, then pauses (after a finished run: one more epoch of a new session). */
    public void step() {
        if (state.phase() == Phase.PAUSED && session != null) {
            session.step();
            state.setStatus("Stepping one epoch");
        } else if (state.phase() == Phase.READY || state.phase() == Phase.FINISHED) {
            start(true);
        }
    }

    /** Hands the form's learning rate to the running model, from its next epoch ({@link LiveLearningRate}). */
    public void applyLearningRate() {
        double lr = liveRate.apply(session);
        if (!Double.isNaN(lr) && settings != null) {
            settings = settings.toBuilder().learningRate(lr).build(); // so Undo's form shows the rate it ran at
        }
    }

    /** Throws the model away (Undo can bring it back); data and PCA stay. */
    public void reset() {
        discard(data.baselineProperty().get());
        // While data is being prepared, the phase stays: the preparation decides what comes next.
        if (data.baselineProperty().get() != null && state.phase() != Phase.PREPARING) {
            state.setPhase(Phase.READY);
        }
        state.setStatus("Model reset");
    }

    /** Throws the current model away (offered for Undo), e.g. before another one is brought back. */
    void discardCurrent() {
        discard(data.baselineProperty().get());
    }

    /** Shows a finished run without training (an opened experiment): nothing to go on from, no timeline. */
    void restore(TrainingResult r, LossHistory history) {
        restore(new DiscardedModel(null, r, history, r.config(), null, () -> {}));
    }

    /**
     * Brings back a discarded model as it was: its curve and scores, its timeline, and (when it had finished) its
     * session, so that Train goes on from it as it would have before.
     */
    void restore(DiscardedModel d) {
        stopSession(false);
        // The session first: the result's listeners ask whether Train would go on from it.
        session = d.session();
        segment = null;
        settings = d.settings();
        liveRate.shown(
                d.session(),
                settings == null ? Double.NaN : settings.training().optimizer().learningRate());
        if (d.session() != null) {
            progress.showRows(d.baseline(), Pipeline.liveRows(d.baseline()));
        }
        d.timeline().run();
        progress.show(d.result(), d.history());
        state.setPhase(Phase.FINISHED);
        result.set(d.result());
    }

    /** Publishes the newest training progress; the view calls this once per frame. */
    public void pulse() {
        TrainingSession s = session;
        if (s == null) {
            return;
        }
        int shown = progress.publish(running(s), data.baselineProperty().get(), state.phase() == Phase.PAUSED);
        if (shown >= 0 && state.phase() == Phase.PAUSED) {
            state.setStatus(TrainingStatus.onceShown(state.status(), shown));
        }
    }

    /** Stops training for good (closing the window). */
    void shutdown() {
        stopSession(false);
    }

    // ---- internals --------------------------------------------------------------------------------------

    private void showLine() {
        TrainingSession s = session;
        if (s != null) {
            progress.showLine(running(s), state.phase() == Phase.PAUSED);
        }
    }

    /** The training settings of what {@code s} runs now: a continued segment runs the form's epochs and rule. */
    private TrainingConfig running(TrainingSession s) {
        return segment != null ? segment : s.config().training();
    }

    private void start(boolean stepOnly) {
        ExperimentConfig config = form.build().orElse(null);
        if (config == null) {
            state.setStatus("Cannot train: " + form.problemProperty().get());
            return;
        }
        Baseline b = data.baselineProperty().get();
        if (b == null || !b.sameDataAs(config)) {
            data.prepare(config, () -> start(stepOnly));
            return;
        }
        if (wouldContinue(config.autoencoder())) {
            goOn(config.autoencoder(), stepOnly);
            return;
        }
        TrainingSession s;
        int[] liveRows = Pipeline.liveRows(b);
        try {
            s = Pipeline.newSession(b, config.autoencoder(), liveRows);
            s.evaluateAside(); // the live plot's work runs beside training, not in its epochs
        } catch (IllegalArgumentException e) {
            state.reportProblem("Cannot train", UserMessage.of(e));
            return;
        }
        discard(b);
        session = s;
        segment = null;
        settings = config.autoencoder();
        progress.showRows(b, liveRows);
        // A stopped session's late epochs are dropped.
        s.addListener(progress.listener(b, liveRows, () -> session == s));
        sessionHook.started(b, liveRows, s);
        progress.begin(config.autoencoder().training(), LossHistory.EMPTY);
        launch(s, stepOnly, s::run, stepOnly ? "Stepping one epoch" : "Training…");
    }

    /**
     * True when Train would go on from the finished model rather than start a new one. A finished run goes on from
     * its weights (like TensorFlow Playground) when only the learning rate, the number of epochs or the stopping
     * rule changed; anything else that shapes training needs a new model.
     */
    public boolean wouldContinue(AutoencoderConfig wanted) {
        TrainingSession s = session;
        TrainingResult r = result.get();
        return s != null && r != null && r.stopReason().canGoOn() && s.canContinueWith(wanted);
    }

    private void goOn(AutoencoderConfig wanted, boolean stepOnly) {
        TrainingSession s = session;
        TrainingResult before = result.get();
        int more = stepOnly ? 1 : wanted.training().maxEpochs();
        segment = wanted.toBuilder().maxEpochs(more).build().training();
        settings = wanted;
        liveRate.goOn(s, wanted.training().optimizer().learningRate());
        result.set(null);
        progress.begin(segment, progress.lossHistoryProperty().get());
        StoppingConfig stopping = segment.stopping();
        launch(s, stepOnly, () -> s.continueTraining(more, stopping), "Going on from epoch " + before.epochs() + "…");
        if (stepOnly) {
            state.setStatus("Stepping one more epoch");
        }
    }

    private void launch(TrainingSession s, boolean stepOnly, TaskExecutor.Work<TrainingResult> work, String status) {
        s.resume(); // a step that ended the previous segment left a pause request behind
        if (stepOnly) {
            s.pause();
            s.step();
        }
        state.setPhase(stepOnly ? Phase.PAUSED : Phase.TRAINING);
        state.setStatus(stepOnly ? "Stepping one epoch" : status);
        executor.execute(work, r -> onFinished(s, r), e -> onFailed(s, e));
    }

    private void onFinished(TrainingSession s, TrainingResult r) {
        // A run stopped by Reset or new data goes to Undo; a run replaced by a newer session is dropped.
        if (discarded.claim(s, r) || s != session) {
            return;
        }
        progress.dropLiveLatent(); // so this pulse shows the last epoch's numbers, not a snapshot they waited for
        pulse();
        state.setPhase(Phase.FINISHED);
        progress.finish(r);
        // Every stop message names its epoch ("Ran all 2 epochs.", "... stopped after epoch 29.").
        state.setStatus(TrainingStatus.stopped(r));
        result.set(r);
    }

    private void onFailed(TrainingSession s, Throwable e) {
        discarded.failed(s);
        if (s != session) {
            return;
        }
        failed = s;
        pulse(); // shows the epochs it trained now (the window's timer would at its next frame; tests have none)
        state.setPhase(data.baselineProperty().get() == null ? Phase.FAILED : Phase.FINISHED);
        state.setStatus("Training failed: " + UserMessage.of(e)); // as every other failure the window reports
    }

    /** Throws the current model away, telling the discard listener about a model worth bringing back. */
    private void discard(Baseline trainedOn) {
        TrainingResult finished = result.get();
        TrainingSession running = session;
        LossHistory history = progress.lossHistoryProperty().get();
        // A failed session delivers no result: it is let go, not awaited.
        boolean wasTraining = running != null
                && running != failed
                && finished == null
                && progress.epochProperty().get() > 0;
        // A finished session that could go on is idle: kept, not cancelled, so that Undo can let it go on.
        boolean keep =
                finished != null && trainedOn != null && finished.stopReason().canGoOn();
        Runnable timeline = stopSession(keep);
        if (finished != null && trainedOn != null) {
            discarded.finished(trainedOn, finished, history, settings, keep ? running : null, timeline);
        } else if (wasTraining && trainedOn != null) {
            discarded.stopping(running, trainedOn, settings, timeline);
        }
        result.set(null);
        progress.clear();
    }

    /** Stops the session (unless {@code keep}: a finished one kept for Undo); returns what brings back its timeline. */
    private Runnable stopSession(boolean keep) {
        TrainingSession s = session;
        session = null;
        failed = null;
        liveRate.forget();
        if (s != null && !keep) {
            s.cancel();
        }
        return sessionHook.stopped();
    }
}
