package io.latentlab.ui.lab;

import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.StopRule;
import io.latentlab.core.ae.TrainingConfig;
import io.latentlab.core.ae.TrainingListener;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.LatentWarnings;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window shows of a run while it trains: epoch, losses, the loss history, the newest latent snapshot,
 * the progress line and dead-unit warning. The session's thread only {@link #offer}s epochs; {@link #publish},
 * called once per frame on the UI thread, shows the newest, so the window redraws at most once per frame.
 */
public final class TrainingProgress {

    /**
     * The latent coordinates of the live test rows at some epoch, with the newest live silhouette and the epoch it
     * was computed for (null before the first).
     *
     * @param liveRows how many test rows the live plot and silhouette use
     * @param testRows how many test rows there are (more than {@code liveRows}: the figures are estimates)
     */
    public record LiveLatent(
            PlotData plot, Double silhouette, int silhouetteEpoch, int epoch, int liveRows, int testRows) {

        public boolean sampled() {
            return liveRows < testRows;
        }
    }

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

    private final PendingTraining pending = new PendingTraining();
    /** Nanoseconds, for the live plot's interval (tests pass their own). */
    private final java.util.function.LongSupplier clock;

    public TrainingProgress() {
        this(System::nanoTime);
    }

    TrainingProgress(java.util.function.LongSupplier clock) {
        this.clock = clock;
        this.latentShownAt = clock.getAsLong() - LIVE_PLOT_INTERVAL_NANOS;
    }

    private double elapsed;
    /** The history of the model before the running session (empty for a new model). */
    private LossHistory before = LossHistory.EMPTY;

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

    /**
     * The listener a session reports to, on the thread that delivers its epochs: it keeps each epoch for the next
     * {@link #publish} while {@code current} holds, and hands latent snapshots of the test rows {@code liveRows} to
     * a {@link LiveSilhouette} worker, so that thread only copies.
     */
    TrainingListener listener(Baseline baseline, int[] liveRows, java.util.function.BooleanSupplier current) {
        LiveSilhouette scorer = new LiveSilhouette(baseline, liveRows, (value, scoredEpoch) -> {
            if (value != null && current.getAsBoolean()) {
                offerSilhouette(value, scoredEpoch);
            }
        });
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent e) {
                if (current.getAsBoolean()) {
                    offer(e);
                    if (e.hasSnapshot()) {
                        scorer.request(e.latentSnapshot(), e.epoch());
                    }
                }
            }
        };
    }

    /** From the session's thread: keeps the epoch for the next {@link #publish}. */
    synchronized void offer(EpochEvent e) {
        pending.add(e);
    }

    /** From the live-scoring worker: a silhouette for the next {@link #publish}. */
    synchronized void offerSilhouette(double silhouette, int epoch) {
        pending.addSilhouette(silhouette, epoch);
    }

    /** The test rows the live plot shows, and their pictures: set when a session starts. */
    private int[] liveRows;

    private io.latentlab.ui.plot.RowImages liveImages;

    void showRows(Baseline baseline, int[] rows) {
        liveRows = rows;
        liveImages = baseline == null || rows == null ? null : PlotData.imagesOf(baseline, rows);
    }

    /**
     * The live plot redraws at most ten times a second while training. Faster than that the eye gains little, and
     * on two cores each redraw's pixel work slows the training beside it (measured: ten a second instead of one
     * per epoch, ~16 a second on the recommended network, brought the window's pace from ~1.10× to ~1.0× run's).
     */
    static final long LIVE_PLOT_INTERVAL_NANOS = 100_000_000L;

    private Double silhouette;
    private int silhouetteEpoch;
    /** The newest snapshot not shown yet (its interval has not passed), with its epoch. */
    private Matrix heldLatent;

    private int heldEpoch;
    /** When the last snapshot was shown; a new session starts an interval back, so its first one shows at once. */
    private long latentShownAt;
    /** The newest latent snapshot, shown on the pulse after its epoch's numbers (see {@link #publish}). */
    private LiveLatent deferredLatent;

    /** Shows the newest epoch offered since the last call, if any; returns its number, or -1 when nothing came. */
    int publish(TrainingConfig running, Baseline baseline, boolean paused) {
        if (deferredLatent != null) {
            // This pulse draws the latent plot only; the next epoch waits for the next pulse.
            liveLatent.set(deferredLatent);
            deferredLatent = null;
            return -1;
        }
        PendingTraining.Snapshot s;
        synchronized (this) {
            s = pending.drain();
        }
        if (s == null) {
            showHeldLatent(baseline, false);
            return -1;
        }
        // Epoch numbers count on over a continued run; the pending history holds this session's epochs only.
        epoch.set(s.epoch());
        trainLoss.set(s.trainLoss());
        validationLoss.set(s.validationLoss());
        lossHistory.set(s.history().after(before));
        progress.set(Math.min(1.0, (double) (s.epoch() - before.count()) / running.maxEpochs()));
        elapsed = s.elapsedSeconds();
        showLine(running, paused);
        if (s.liveSilhouette() != null) {
            silhouette = s.liveSilhouette();
            silhouetteEpoch = s.silhouetteEpoch();
        }
        if (s.latent() != null && liveRows != null && s.latent().rows() == liveRows.length) {
            heldLatent = s.latent();
            heldEpoch = s.epoch();
        } else if (paused && s.liveSilhouette() != null && heldLatent == null) {
            // Paused, no newer snapshot will carry it: the shown plot's title takes the newer figure. (While
            // training, the next snapshot brings it within the interval, without another redraw.)
            LiveLatent shown = liveLatent.get();
            if (shown != null && shown.silhouetteEpoch() != silhouetteEpoch) {
                deferredLatent = new LiveLatent(
                        shown.plot(), silhouette, silhouetteEpoch, shown.epoch(), shown.liveRows(), shown.testRows());
            }
        }
        // The loss chart redraws on this pulse and the latent plot on the next, so that no frame pays for both (in
        // software rendering each costs about half a frame's budget).
        showHeldLatent(baseline, true);
        if (s.diagnostics() != null) {
            deadUnitWarning.set(LatentWarnings.describe(s.diagnostics()));
        }
        return s.epoch();
    }

    /** Shows the held snapshot once its interval has passed: now, or on the next pulse when {@code deferred}. */
    private void showHeldLatent(Baseline baseline, boolean deferred) {
        long now = clock.getAsLong();
        if (heldLatent == null || baseline == null || now - latentShownAt < LIVE_PLOT_INTERVAL_NANOS) {
            return;
        }
        LiveLatent l = new LiveLatent(
                PlotData.ofRows(baseline, liveRows, heldLatent, liveImages),
                silhouette,
                silhouetteEpoch,
                heldEpoch,
                liveRows.length,
                baseline.data().test().rows());
        heldLatent = null;
        latentShownAt = now;
        if (deferred) {
            deferredLatent = l;
        } else {
            liveLatent.set(l);
        }
    }

    /** The progress line for the running session (e.g. after pausing or resuming). */
    void showLine(TrainingConfig running, boolean paused) {
        int max = before.count() + running.maxEpochs();
        boolean mayStopEarly = running.stopping().rule() != StopRule.NONE;
        epochText.set(ProgressLine.epochs(epoch.get(), max));
        progressText.set(ProgressLine.describe(epoch.get(), max, elapsed, mayStopEarly, paused));
    }

    /** A session starts, or a finished one goes on: then the history of the epochs before stays. */
    void begin(TrainingConfig running, LossHistory earlier) {
        synchronized (this) {
            pending.clear();
        }
        resetLiveLatent();
        silhouette = null;
        before = earlier;
        stopReason.set("");
        showLine(running, false);
    }

    /** Before the final pulse of a run: a latent snapshot waiting for its pulse or interval is dropped. */
    void dropLiveLatent() {
        deferredLatent = null;
        heldLatent = null;
    }

    /** A new session or none: nothing held, and the next snapshot shows at once. */
    private void resetLiveLatent() {
        dropLiveLatent();
        latentShownAt = clock.getAsLong() - LIVE_PLOT_INTERVAL_NANOS;
    }

    /** The run finished: its time and why it stopped (the result's latent plot replaces the live one). */
    void finish(TrainingResult r) {
        if (r.epochs() > epoch.get()) {
            // A run that failed while its epochs were evaluated aside trained more than it announced.
            showHistory(historyOf(r));
        }
        dropLiveLatent();
        synchronized (this) {
            pending.clear(); // a late live silhouette must not bring back the running line over this one
        }
        progress.set(1.0);
        elapsed = r.secondsTotal(); // so going on from it (Step, Train) starts its line from the run's time
        progressText.set(String.format(
                Locale.ROOT, "%s · %.3f s/epoch", Formats.duration(r.secondsTotal()), r.secondsPerEpoch()));
        stopReason.set(r.stopMessage());
        deadUnitWarning.set(LatentWarnings.describe(r.latent()));
    }

    /** Shows a finished run without training it (an opened experiment, an undone discard). */
    void show(TrainingResult r, LossHistory history) {
        clear();
        showHistory(history);
        finish(r);
    }

    private void showHistory(LossHistory history) {
        epoch.set(history.count());
        lossHistory.set(history);
        before = history;
        trainLoss.set(history.count() == 0 ? Double.NaN : history.train()[history.count() - 1]);
        validationLoss.set(history.count() == 0 ? Double.NaN : history.validation()[history.count() - 1]);
        epochText.set(ProgressLine.epochs(history.count(), history.count()));
    }

    void clear() {
        synchronized (this) {
            pending.clear();
        }
        resetLiveLatent();
        before = LossHistory.EMPTY;
        epoch.set(0);
        trainLoss.set(Double.NaN);
        validationLoss.set(Double.NaN);
        progress.set(0);
        elapsed = 0;
        epochText.set("Epoch 0");
        progressText.set("");
        stopReason.set("");
        lossHistory.set(LossHistory.EMPTY);
        liveLatent.set(null);
        silhouette = null;
        deadUnitWarning.set("");
    }

    /** The loss history of a finished run, as the chart shows it. */
    static LossHistory historyOf(TrainingResult r) {
        int n = r.lossCurve().length;
        double[] val =
                r.validationLossCurve().length == n ? r.validationLossCurve().clone() : nan(n);
        double[] test = r.testLossCurve().length == n ? r.testLossCurve().clone() : nan(n);
        return new LossHistory(r.lossCurve().clone(), val, test, n);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
