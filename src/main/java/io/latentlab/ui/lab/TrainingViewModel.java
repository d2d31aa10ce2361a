package io.latentlab.ui.lab;

import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.ae.TrainingListener;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.LatentWarnings;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.ui.form.ParameterForm;
import io.latentlab.ui.task.TaskExecutor;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The training feature: stage 2 of the pipeline as a {@link TrainingSession} on a worker thread, with its controls
 * (train, pause, resume, step, reset, live learning rate) and its progress. The session's listener only stores the
 * newest epoch; {@link #pulse()}, called once per frame, publishes it, so the window redraws at most once per frame
 * however fast epochs arrive. A new baseline (or none) throws the model away: it belongs to the old rows.
 */
public final class TrainingViewModel {

    /** The latent coordinates of the test rows at some epoch, with their silhouette when one was computed. */
    public record LiveLatent(PlotData plot, Double silhouette, int epoch) {
    }

    private final TaskExecutor executor;
    private final ParameterForm form;
    private final LabState state;
    private final DataViewModel data;

    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch", 0);
    private final ReadOnlyDoubleWrapper trainLoss = new ReadOnlyDoubleWrapper(this, "trainLoss", Double.NaN);
    private final ReadOnlyDoubleWrapper validationLoss = new ReadOnlyDoubleWrapper(this, "validationLoss", Double.NaN);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper(this, "epochText", "Epoch 0");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper stopReason = new ReadOnlyStringWrapper(this, "stopReason", "");
    private final ReadOnlyObjectWrapper<LossHistory> lossHistory =
            new ReadOnlyObjectWrapper<>(this, "lossHistory", LossHistory.EMPTY);
    private final ReadOnlyObjectWrapper<LiveLatent> liveLatent = new ReadOnlyObjectWrapper<>(this, "liveLatent");
    private final ReadOnlyStringWrapper deadUnitWarning = new ReadOnlyStringWrapper(this, "deadUnitWarning", "");
    private final ReadOnlyObjectWrapper<TrainingResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding canTrain;
    private final BooleanBinding canStep;

    private final Object lock = new Object();
    private final PendingTraining pending = new PendingTraining();
    private volatile TrainingSession session;
    private double lastElapsed;

    TrainingViewModel(TaskExecutor executor, ParameterForm form, LabState state, DataViewModel data) {
        this.executor = executor;
        this.form = form;
        this.state = state;
        this.data = data;
        // Pause/Resume and Step of a running model never depend on the form: a half-typed field must not trap it.
        canTrain = Bindings.createBooleanBinding(() -> state.isTrainingOrPaused()
                        || (form.validProperty().get() && state.phase() != Phase.PREPARING),
                form.validProperty(), state.phaseProperty());
        canStep = Bindings.createBooleanBinding(() -> state.phase() == Phase.PAUSED
                        || (form.validProperty().get() && (state.phase() == Phase.READY || state.phase() == Phase.FINISHED)),
                form.validProperty(), state.phaseProperty());
        data.baselineProperty().addListener((obs, old, now) -> {
            stopSession();
            clearModel();
        });
    }

    // ---- state ------------------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty trainLossProperty() {
        return trainLoss.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty validationLossProperty() {
        return validationLoss.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Epoch 12 / 1000": epochs done of the most this run may take. */
    public ReadOnlyStringProperty epochTextProperty() {
        return epochText.getReadOnlyProperty();
    }

    /** Time so far, seconds per epoch and an honest time-left estimate (see {@link ProgressLine}). */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stopReasonProperty() {
        return stopReason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LossHistory> lossHistoryProperty() {
        return lossHistory.getReadOnlyProperty();
    }

    /** The newest latent snapshot while training (null before the first and after a reset). */
    public ReadOnlyObjectProperty<LiveLatent> liveLatentProperty() {
        return liveLatent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadUnitWarningProperty() {
        return deadUnitWarning.getReadOnlyProperty();
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
    public io.latentlab.core.ae.AutoencoderConfig sessionConfig() {
        TrainingSession s = session;
        return s == null ? null : s.config();
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

    // ---- commands ---------------------------------------------------------------------------------------

    /** Train when idle, pause when training, resume when paused. */
    public void trainOrPause() {
        switch (state.phase()) {
            case TRAINING -> {
                session.pause();
                state.setPhase(Phase.PAUSED);
                state.setStatus("Paused at epoch " + epoch.get());
                showProgress(epoch.get());
            }
            case PAUSED -> {
                session.resume();
                state.setPhase(Phase.TRAINING);
                state.setStatus("Training…");
                showProgress(epoch.get());
            }
            case READY, FINISHED, FAILED -> start(false);
            case PREPARING -> state.setStatus("Still preparing the data…");
        }
    }

    /** Runs exactly one epoch, then pauses (after a finished run: the first epoch of a new model). */
    public void step() {
        if (state.phase() == Phase.PAUSED && session != null) {
            session.step();
            state.setStatus("Stepping one epoch");
        } else if (state.phase() == Phase.READY || state.phase() == Phase.FINISHED) {
            start(true);
        }
    }

    /**
     * Hands the form's learning rate to the running model, from its next mini-batch. The view calls this when the
     * field is committed (Enter or leaving it), not on every keystroke: "1e-3" must not run at 1.0 for a moment.
     */
    public void applyLearningRate() {
        TrainingSession s = session;
        ExperimentConfig c = form.build().orElse(null);
        if (s == null || c == null || !state.isTrainingOrPaused()) {
            return;
        }
        double lr = c.autoencoder().training().optimizer().learningRate();
        if (lr != s.learningRate()) {
            s.setLearningRate(lr);
            state.setStatus("Learning rate set to " + lr + " from the next mini-batch");
        }
    }

    /** Shows a run saved earlier as if it had just finished: its model, loss curves and stop reason. */
    void restore(TrainingResult r) {
        stopSession();
        clearModel();
        epoch.set(r.epochs());
        int n = r.lossCurve().length;
        double[] val = r.validationLossCurve().length == n ? r.validationLossCurve() : nanArray(n);
        lossHistory.set(new LossHistory(r.lossCurve().clone(), val.clone(), n));
        trainLoss.set(r.finalLoss());
        validationLoss.set(n == 0 ? Double.NaN : val[n - 1]);
        progress.set(1.0);
        epochText.set(ProgressLine.epochs(r.epochs(), r.config().training().maxEpochs()));
        stopReason.set(r.stopMessage());
        deadUnitWarning.set(LatentWarnings.describe(r.latent()));
        state.setPhase(Phase.FINISHED);
        result.set(r);
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Throws the model away; data and PCA stay. */
    public void reset() {
        stopSession();
        clearModel();
        // While data is being prepared, the phase stays: the preparation decides what comes next.
        if (data.baselineProperty().get() != null && state.phase() != Phase.PREPARING) {
            state.setPhase(Phase.READY);
        }
        state.setStatus("Model reset");
    }

    /** Publishes the newest training progress; the view calls this once per frame. */
    public void pulse() {
        PendingTraining.Snapshot s;
        synchronized (lock) {
            s = pending.drain();
        }
        if (s == null) {
            return;
        }
        epoch.set(s.epoch());
        if (state.phase() == Phase.PAUSED && state.status().startsWith("Stepping")) {
            state.setStatus("Paused after epoch " + s.epoch());
        }
        trainLoss.set(s.trainLoss());
        validationLoss.set(s.validationLoss());
        lossHistory.set(s.history());
        TrainingSession current = session;
        int max = current == null ? 0 : current.config().training().maxEpochs();
        progress.set(max == 0 ? 0 : Math.min(1.0, (double) s.epoch() / max));
        lastElapsed = s.elapsedSeconds();
        showProgress(s.epoch());
        Baseline b = data.baselineProperty().get();
        if (s.latent() != null && b != null) {
            liveLatent.set(new LiveLatent(PlotData.of(b, s.latent()), s.liveSilhouette(), s.epoch()));
        }
        if (s.diagnostics() != null) {
            deadUnitWarning.set(LatentWarnings.describe(s.diagnostics()));
        }
    }

    private void showProgress(int epochsDone) {
        TrainingSession s = session;
        if (s == null) {
            return;
        }
        int max = s.config().training().maxEpochs();
        boolean mayStopEarly = s.config().training().stopping().rule() != io.latentlab.core.ae.StopRule.NONE;
        epochText.set(ProgressLine.epochs(epochsDone, max));
        progressText.set(ProgressLine.describe(epochsDone, max, lastElapsed, mayStopEarly,
                state.phase() == Phase.PAUSED));
    }

    /** Stops training for good (closing the window). */
    void shutdown() {
        stopSession();
    }

    // ---- internals --------------------------------------------------------------------------------------

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
        stopSession();
        clearModel();
        TrainingSession s;
        try {
            s = Pipeline.newSession(b, config.autoencoder(), true);
        } catch (IllegalArgumentException e) {
            state.setStatus("Cannot train: " + e.getMessage());
            return;
        }
        session = s;
        s.addListener(new LiveProgress(s, b));
        if (stepOnly) {
            s.pause();
            s.step();
        }
        state.setPhase(stepOnly ? Phase.PAUSED : Phase.TRAINING);
        state.setStatus(stepOnly ? "Stepping one epoch" : "Training…");
        showProgress(0);
        executor.execute(s::run, r -> onFinished(s, r), e -> onFailed(s, e));
    }

    /** Runs on the training thread: keeps the newest epoch for the next pulse, and a silhouette twice a second. */
    private final class LiveProgress implements TrainingListener {
        private final TrainingSession owner;
        private final Baseline baseline;
        private long lastSilhouette;

        LiveProgress(TrainingSession owner, Baseline baseline) {
            this.owner = owner;
            this.baseline = baseline;
        }

        @Override
        public void onEpoch(EpochEvent e) {
            Double live = null;
            long now = System.nanoTime();
            // A silhouette of the animated latent costs tens of ms: at most twice a second.
            if (e.hasSnapshot() && now - lastSilhouette > 500_000_000L) {
                live = Pipeline.latentSilhouette(baseline, e.latentSnapshot());
                lastSilhouette = now;
            }
            synchronized (lock) {
                if (session == owner) { // a cancelled session may finish its epoch after a reset: drop it
                    pending.add(e, live);
                }
            }
        }
    }

    private void onFinished(TrainingSession s, TrainingResult r) {
        if (s != session) {
            return; // a newer session replaced this one
        }
        pulse();
        state.setPhase(Phase.FINISHED);
        progress.set(1.0);
        progressText.set(String.format(Locale.ROOT, "%s · %.3f s/epoch", Formats.duration(r.secondsTotal()),
                r.secondsPerEpoch()));
        stopReason.set(r.stopMessage());
        state.setStatus("Training stopped after " + r.epochs() + " epochs: " + r.stopMessage());
        deadUnitWarning.set(LatentWarnings.describe(r.latent()));
        result.set(r);
    }

    private void onFailed(TrainingSession s, Throwable e) {
        if (s != session) {
            return;
        }
        state.setPhase(data.baselineProperty().get() == null ? Phase.FAILED : Phase.FINISHED);
        state.setStatus("Training failed: " + e.getMessage());
    }

    private void stopSession() {
        TrainingSession s = session;
        if (s != null) {
            synchronized (lock) {
                session = null;
            }
            s.cancel();
        }
    }

    private void clearModel() {
        result.set(null);
        synchronized (lock) {
            pending.clear();
        }
        epoch.set(0);
        trainLoss.set(Double.NaN);
        validationLoss.set(Double.NaN);
        progress.set(0);
        lastElapsed = 0;
        epochText.set("Epoch 0");
        progressText.set("");
        stopReason.set("");
        lossHistory.set(LossHistory.EMPTY);
        liveLatent.set(null);
        deadUnitWarning.set("");
    }
}
