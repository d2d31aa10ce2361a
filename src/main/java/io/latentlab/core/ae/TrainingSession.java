package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One training run of an autoencoder on already-scaled data. {@link #run()} blocks the calling thread until training
 * stops; the controls ({@link #pause()}, {@link #resume()}, {@link #step()}, {@link #cancel()},
 * {@link #setLearningRate(double)}) may be called from any other thread and take effect at the next mini-batch (a
 * learning rate at the next epoch).
 *
 * <p>Deterministic: the same config, seed and data give bitwise identical loss curves and weights. All randomness
 * (initialisation, validation split, shuffling, noise) comes from {@link java.util.SplittableRandom}s split off the seed.
 */
public final class TrainingSession {

    /** Weights larger than this in magnitude count as exploded (inputs are expected to be scaled to about [0, 1]). */
    static final double EXPLODED_WEIGHT = 1e6;
    /** Rows of training data used for latent diagnostics, so the per-epoch check stays cheap on large data. */
    static final int PROBE_ROWS = 2000;
    /** Rows per chunk when evaluating (validation loss, diagnostics, snapshots). */
    static final int EVAL_CHUNK = 1024;
    /** Snapshot rows whose reconstruction loss is reported each epoch (the test loss curve). */
    static final int TEST_LOSS_ROWS = 1000;

    private final AutoencoderConfig config;
    private final Matrix train;
    private final Matrix snapshotRows;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();

    private final TrainingControls controls = new TrainingControls();
    /** Owns the learning rate in force; a change asked for while training is applied at the next epoch's start. */
    private final GradientOptimizer optimizer;

    private final LiveRates rates;

    private volatile long batchesCompleted;
    /** The weights at the end of the latest epoch, for readers on other threads (e.g. a paused UI decoding). */
    private volatile LatestWeights latest;

    private TrainingRun run;
    /** The error that made the latest segment {@link StopReason#FAILED} (null: none). */
    private volatile Throwable failure;

    /**
     * @param train        training rows, already scaled; all values must be finite
     * @param snapshotRows rows whose latent coordinates are streamed to listeners (e.g. the test set), or null
     */
    public TrainingSession(AutoencoderConfig config, Matrix train, Matrix snapshotRows) {
        this.config = Check.notNull(config, "config");
        this.rates = new LiveRates(config.training().optimizer());
        this.train = Check.notNull(train, "training data");
        if (train.rows() < 1 || train.cols() < 1) {
            throw new IllegalArgumentException(
                    "training data must have at least 1 row and 1 column, got " + train.rows() + "x" + train.cols());
        }
        MemoryBudget.check(config, train.rows(), train.cols());
        checkFinite(train, "training data");
        if (config.training().stopping().rule() == StopRule.VALIDATION) {
            int held = validationRows(train.rows());
            if (held < 1 || train.rows() - held < 1) {
                throw new IllegalArgumentException(
                        "training data has " + train.rows() + " rows, too few to hold out a validation fraction of "
                                + config.training().stopping().validationFraction());
            }
        }
        if (snapshotRows != null) {
            if (snapshotRows.cols() != train.cols()) {
                throw new IllegalArgumentException("snapshot rows have " + snapshotRows.cols()
                        + " columns, the training data has " + train.cols());
            }
            checkFinite(snapshotRows, "snapshot rows");
        }
        this.snapshotRows = snapshotRows;
        this.optimizer = GradientOptimizer.create(
                config.training().optimizer(),
                config.network().precision(),
                new ParameterLayout(Architecture.of(config, train.cols())).total);
    }

    private static void checkFinite(Matrix m, String what) {
        double[] d = m.data();
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                throw new IllegalArgumentException(what + " contains a non-finite value (" + d[i] + ") at row "
                        + (i / m.cols()) + ", column " + (i % m.cols()));
            }
        }
    }

    int validationRows(int n) {
        return (int) Math.ceil(config.training().stopping().validationFraction() * n);
    }

    public AutoencoderConfig config() {
        return config;
    }

    public Architecture architecture() {
        return Architecture.of(config, train.cols());
    }

    public void addListener(TrainingListener listener) {
        listeners.add(Check.notNull(listener, "listener"));
    }

    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    /** Stops at the next mini-batch until {@link #resume()} or {@link #step()}. Calling it before {@link #run()} starts paused. */
    public void pause() {
        controls.pause();
    }

    public void resume() {
        controls.resume();
    }

    /**
     * Runs until the epoch counter has advanced by one, then pauses. When paused between epochs that is exactly one
     * more epoch; when paused mid-epoch it finishes that epoch. Called while running, it pauses at the end of the
     * current epoch.
     */
    public void step() {
        controls.step();
    }

    /** Stops at the next mini-batch; {@link #run()} then returns with {@link StopReason#CANCELLED}. */
    public void cancel() {
        controls.cancel();
    }

    /**
     * Changes the base learning rate from the start of the next epoch (before {@link #run()}: from the first). An
     * epoch boundary, not the next mini-batch, so that the schedule in the result's config reproduces the run.
     */
    public void setLearningRate(double value) {
        rates.ask(value);
    }

    /** The base learning rate that the next epoch uses. */
    public double learningRate() {
        double pending = rates.pending();
        return Double.isNaN(pending) ? optimizer.learningRate() : pending;
    }

    /** Mini-batches trained so far (lets tests check that controls act within one batch). */
    long batchesCompleted() {
        return batchesCompleted;
    }

    /**
     * An immutable copy of the model as it was at the end of the latest delivered epoch (null before the first),
     * safe to use from any thread while training goes on or is paused.
     */
    public TrainedAutoencoder latestModel() {
        LatestWeights l = latest;
        return l == null ? null : l.model();
    }

    private volatile boolean evaluatesAside;

    /**
     * For live views: from now on each epoch's evaluation (latent diagnostics, test loss, latent snapshot) and its
     * listeners run on a thread of the session's own, in epoch order and at most three epochs behind (two waiting,
     * one being evaluated), so training pays one copy of the weights per epoch for them. The events' numbers are the
     * same as on the training thread; what differs is when they come: a listener's {@link #setLearningRate} may take
     * effect a few epochs later than the next, and {@link EpochEvent#epochSeconds} no longer includes the
     * evaluation. Before it parks in a pause and before {@link #run()} returns, training waits until every epoch
     * so far has been delivered.
     */
    public void evaluateAside() {
        evaluatesAside = true;
    }

    boolean evaluatesAside() {
        return evaluatesAside;
    }

    /** True while the training thread is actually waiting in a pause (every epoch before it delivered). */
    public boolean isPaused() {
        return controls.isWaiting();
    }

    private int fixedThreads;

    /** For benchmarks: train with exactly {@code threads} threads instead of {@link ThreadChoice}'s. */
    void fixThreads(int threads) {
        Check.atLeast(threads, 1, "threads");
        fixedThreads = threads;
    }

    /**
     * Trains until a stopping rule, {@code maxEpochs}, divergence, an error ({@link StopReason#FAILED}, keeping the
     * last epoch trained; an error before the first epoch is recorded is thrown) or {@link #cancel()}. Runs only
     * once.
     */
    public TrainingResult run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a TrainingSession runs only once; use continueTraining to go on");
        }
        useOwnThreads();
        run = new TrainingRun(this, controls, optimizer);
        return run.execute(config.training().maxEpochs(), config.training().stopping());
    }

    /**
     * After {@link #run()} stopped (converged, early-stopped or at its maximum), trains up to {@code moreEpochs}
     * further epochs from where it stopped: the same weights, optimizer state and random streams, exactly as one
     * longer run would have gone on. The result covers all epochs; its config says how to reproduce them in one run.
     */
    public TrainingResult continueTraining(int moreEpochs) {
        return continueTraining(moreEpochs, config.training().stopping());
    }

    /** Like {@link #continueTraining(int)}, stopping early by {@code stopping} (a fresh test from here on). */
    public TrainingResult continueTraining(int moreEpochs, StoppingConfig stopping) {
        Check.atLeast(moreEpochs, 1, "more epochs");
        Check.notNull(stopping, "stopping");
        if (!canStopBy(stopping)) {
            throw new IllegalArgumentException("the validation rule needs a session that held out validation rows");
        }
        if (run == null) {
            throw new IllegalStateException("run() first: there is nothing to continue");
        }
        if (controls.isCancelled()) {
            throw new IllegalStateException("a cancelled session cannot continue");
        }
        if (failure != null) { // its state may be half-updated
            throw new IllegalStateException("a session that failed cannot continue");
        }
        useOwnThreads(); // whatever ran meanwhile (another model, PCA) may have left another count
        return run.execute(moreEpochs, stopping);
    }

    /**
     * The error behind a {@link StopReason#FAILED} result (or noted in a cancelled one's message), with its stack
     * trace; null when none happened.
     */
    public Throwable failure() {
        return failure;
    }

    void failedWith(Throwable e) {
        failure = e;
    }

    /** The BLAS/OpenMP thread count this session trains with; set at the start of every segment. */
    private void useOwnThreads() {
        Nd4jRuntime.ensureConfigured();
        if (fixedThreads > 0) {
            Nd4jRuntime.useThreads(fixedThreads);
        } else {
            ThreadChoice.apply(architecture(), Math.min(config.training().batchSize(), train.rows()));
        }
    }

    /**
     * True when a stopped run of this session can go on as {@code wanted} asks: the same network and the same
     * training settings but for the learning rate, the number of epochs and the stopping rule (the validation rule
     * only when this session held out validation rows).
     */
    public boolean canContinueWith(AutoencoderConfig wanted) {
        return config.network().equals(wanted.network())
                && fixedWhenContinuing(config).equals(fixedWhenContinuing(wanted))
                && canStopBy(wanted.training().stopping());
    }

    /** The validation rule needs the validation rows this session held out when it started. */
    private boolean canStopBy(StoppingConfig stopping) {
        return stopping.rule() != StopRule.VALIDATION
                || config.training().stopping().rule() == StopRule.VALIDATION;
    }

    /** The training settings a continued run keeps: everything but the rate, the epochs and the stopping rule. */
    private static AutoencoderConfig fixedWhenContinuing(AutoencoderConfig c) {
        return c.toBuilder()
                .learningRate(1.0)
                .maxEpochs(1)
                .stopping(StoppingConfig.none())
                .build();
    }

    // ---- for TrainingRun, on the training thread ---------------------------------------------------------

    Matrix trainRows() {
        return train;
    }

    Matrix snapshotRows() {
        return snapshotRows;
    }

    List<TrainingListener> listeners() {
        return listeners;
    }

    void batchDone() {
        batchesCompleted++;
    }

    /**
     * At the end of each epoch, from the thread that delivers its event: {@code ownCopy} holds the parameters in
     * {@code net}'s layout and is never written again (the training thread goes on in a buffer of its own).
     */
    void publishLatest(Network net, double[] ownCopy) {
        latest = new LatestWeights(net, ownCopy);
    }

    /** The latest epoch's weights, not yet made into a model (for tests). */
    LatestWeights latestWeights() {
        return latest;
    }

    /** At the start of {@code epoch}: a rate asked for meanwhile wins, else the config's schedule. */
    void applyRateFor(int epoch, GradientOptimizer target) {
        rates.applyFor(epoch, target);
    }

    /**
     * The config that reproduces the epochs trained so far in one {@code run}: the rates changed while training
     * become the schedule, and a run that went on after it stopped becomes a run of exactly that many epochs.
     */
    AutoencoderConfig effectiveConfig(int epochs, boolean continued) {
        if (!rates.anyApplied() && !continued) {
            return config;
        }
        AutoencoderConfig.Builder b = config.toBuilder().optimizer(rates.asSchedule());
        if (continued) {
            b.maxEpochs(Math.max(1, epochs)).stopping(StoppingConfig.none());
        }
        return b.build();
    }
}
