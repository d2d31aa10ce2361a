package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import java.util.List;
import java.util.Locale;
import io.latentlab.core.data.NumpyRandomState;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One training run of an autoencoder on already-scaled data. {@link #run()} blocks the calling thread until training
 * stops; the controls ({@link #pause()}, {@link #resume()}, {@link #step()}, {@link #cancel()},
 * {@link #setLearningRate(double)}) may be called from any other thread and take effect at the next mini-batch.
 *
 * <p>Deterministic: the same config, seed and data give bitwise identical loss curves and weights. All randomness
 * (initialisation, validation split, shuffling, noise) comes from {@link SplittableRandom}s split off the seed.
 */
public final class TrainingSession {

    /** Weights larger than this in magnitude count as exploded (inputs are expected to be scaled to about [0, 1]). */
    static final double EXPLODED_WEIGHT = 1e6;
    /** Rows of training data used for latent diagnostics, so the per-epoch check stays cheap on large data. */
    static final int PROBE_ROWS = 2000;
    /** Rows per chunk when evaluating (validation loss, diagnostics, snapshots). */
    private static final int EVAL_CHUNK = 1024;

    private final AutoencoderConfig config;
    private final Matrix train;
    private final Matrix snapshotRows;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();

    private final Object lock = new Object();
    private volatile boolean pauseRequested;
    private volatile boolean stepRequested;
    private volatile boolean cancelRequested;
    private volatile boolean waiting;
    /** Owns the live learning rate, so that the controls and the training loop share one value. */
    private final GradientOptimizer optimizer;
    private volatile long batchesCompleted;
    /** The weights at the end of the latest epoch, for readers on other threads (e.g. a paused UI decoding). */
    private volatile TrainedAutoencoder latestModel;
    private long pausedNanos;

    /**
     * @param train        training rows, already scaled; all values must be finite
     * @param snapshotRows rows whose latent coordinates are streamed to listeners (e.g. the test set), or null
     */
    public TrainingSession(AutoencoderConfig config, Matrix train, Matrix snapshotRows) {
        this.config = Check.notNull(config, "config");
        this.train = Check.notNull(train, "training data");
        if (train.rows() < 1 || train.cols() < 1) {
            throw new IllegalArgumentException("training data must have at least 1 row and 1 column, got "
                    + train.rows() + "x" + train.cols());
        }
        checkFinite(train, "training data");
        if (config.training().stopping().rule() == StopRule.VALIDATION) {
            int held = validationRows(train.rows());
            if (held < 1 || train.rows() - held < 1) {
                throw new IllegalArgumentException("training data has " + train.rows()
                        + " rows, too few to hold out a validation fraction of " + config.training().stopping().validationFraction());
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
        this.optimizer = GradientOptimizer.create(config.training().optimizer(), config.network().precision(),
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

    private int validationRows(int n) {
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
        synchronized (lock) {
            pauseRequested = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            pauseRequested = false;
            stepRequested = false;
            lock.notifyAll();
        }
    }

    /**
     * Runs until the epoch counter has advanced by one, then pauses. When paused between epochs that is exactly one
     * more epoch; when paused mid-epoch it finishes that epoch. Called while running, it pauses at the end of the
     * current epoch.
     */
    public void step() {
        synchronized (lock) {
            stepRequested = true;
            pauseRequested = false;
            lock.notifyAll();
        }
    }

    /** Stops at the next mini-batch; {@link #run()} then returns with {@link StopReason#CANCELLED}. */
    public void cancel() {
        synchronized (lock) {
            cancelRequested = true;
            lock.notifyAll();
        }
    }

    /** Changes the base learning rate from the next mini-batch on. */
    public void setLearningRate(double value) {
        optimizer.setLearningRate(value);
    }

    public double learningRate() {
        return optimizer.learningRate();
    }

    /** Mini-batches trained so far (lets tests check that controls act within one batch). */
    long batchesCompleted() {
        return batchesCompleted;
    }

    /** True while the training thread is actually waiting in a pause. */
    /**
     * An immutable copy of the model as it was at the end of the latest completed epoch (null before the first),
     * safe to use from any thread while training goes on or is paused.
     */
    public TrainedAutoencoder latestModel() {
        return latestModel;
    }

    public boolean isPaused() {
        return waiting;
    }

    /** Per-batch gate: returns false when training must stop. Blocks while paused. */
    private boolean awaitPermission() {
        if (!pauseRequested && !cancelRequested) {
            return true;
        }
        synchronized (lock) {
            long t0 = System.nanoTime();
            try {
                while (pauseRequested && !cancelRequested) {
                    waiting = true;
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelRequested = true;
            } finally {
                waiting = false;
                pausedNanos += System.nanoTime() - t0;
            }
            return !cancelRequested;
        }
    }

    private void endOfEpochStep() {
        synchronized (lock) {
            if (stepRequested) {
                stepRequested = false;
                pauseRequested = true;
            }
        }
    }

    /** Trains until a stopping rule, {@code maxEpochs}, divergence or {@link #cancel()}. Runs only once. */
    public TrainingResult run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a TrainingSession runs only once; create a new one to train again");
        }
        Nd4jRuntime.ensureConfigured();
        return new Run().execute();
    }

    /** The state of one run, kept apart from the thread-safe controls above. */
    private final class Run {
        private final Architecture arch = Architecture.of(config, train.cols());
        private final Network net = new Network(arch, config.network().precision());
        private final SplittableRandom initRng;
        private final SplittableRandom splitRng;
        private final SplittableRandom shuffleRng;
        private final SplittableRandom noiseRng;
        private final SplittableRandom probeRng;
        /** MLPRegressor's random_state stream (init, then one permutation per epoch), for {@link Init#SKLEARN}. */
        private final NumpyRandomState sklearnRng;
        private final int[] order;
        private final int[] validation;
        private final int[] probe;
        private final int[] snapshotOrder;
        private final Network.Workspace batchSpace;
        private final Network.Workspace evalSpace;
        private final boolean noisy = config.training().noise().active();
        private final HostRows trainRows = net.kernels.host(train);
        private final HostRows snapshotHost = snapshotRows == null ? null : net.kernels.host(snapshotRows);

        Run() {
            SplittableRandom root = new SplittableRandom(config.training().seed());
            initRng = root.split();
            splitRng = root.split();
            shuffleRng = root.split();
            noiseRng = root.split();
            probeRng = root.split();
            int n = train.rows();
            int[] all = identity(n);
            if (config.training().stopping().rule() == StopRule.VALIDATION) {
                shuffle(all, splitRng);
                int held = validationRows(n);
                validation = java.util.Arrays.copyOfRange(all, 0, held);
                order = java.util.Arrays.copyOfRange(all, held, n);
            } else {
                validation = new int[0];
                order = all;
            }
            int[] probeCandidates = order.clone();
            shuffle(probeCandidates, probeRng);
            probe = java.util.Arrays.copyOf(probeCandidates, Math.min(PROBE_ROWS, probeCandidates.length));
            snapshotOrder = snapshotRows == null ? new int[0] : identity(snapshotRows.rows());
            int batch = Math.min(config.training().batchSize(), order.length);
            batchSpace = net.workspace(batch, noisy);
            int evalRows = Math.max(Math.max(validation.length, probe.length), snapshotOrder.length);
            evalSpace = net.workspace(Math.max(1, Math.min(EVAL_CHUNK, evalRows)), false);
            sklearnRng = config.training().init() == Init.SKLEARN ? new NumpyRandomState(config.training().seed()) : null;
            net.setParams(ParameterInit.draw(net.layout, config.training().init(),
                    sklearnRng != null ? sklearnRng::nextDouble : initRng::nextDouble));
        }

        private long start;
        private double[] lastGood;
        private double[] best;
        private int epochs;
        private double[] lossCurve = new double[16];
        private double[] valCurve = new double[16];
        private double[] rateCurve = new double[16];
        private StopReason reason;
        private String message;
        private boolean cancelledMidEpoch;

        TrainingResult execute() {
            start = System.nanoTime();
            lastGood = net.copyParams();
            StopCheck stopCheck = new StopCheck(config.training().stopping());
            for (int epoch = 1; epoch <= config.training().maxEpochs() && reason == null; epoch++) {
                double epochBegin = activeSeconds();
                double loss = trainEpoch();
                if (cancelledMidEpoch) {
                    reason = StopReason.CANCELLED;
                    message = "Cancelled during epoch " + epoch + "; the model has the weights of that moment.";
                    break;
                }
                double valLoss = validation.length > 0 && Double.isFinite(loss) ? validationLoss() : Double.NaN;
                String trouble = divergence(loss, valLoss, net.maxAbsParameter());
                if (trouble != null) {
                    net.setParams(lastGood);
                    reason = StopReason.DIVERGED;
                    message = "Training diverged in epoch " + epoch + ": " + trouble + ". Kept the weights of "
                            + (epoch == 1 ? "the initialisation" : "epoch " + (epoch - 1)) + "; try a smaller learning rate.";
                    break;
                }
                record(epoch, loss, valLoss);
                if (stopCheck.observe(epoch, loss, valLoss) && config.training().stopping().rule() == StopRule.VALIDATION) {
                    best = lastGood.clone();
                }
                if (stopCheck.shouldStop()) {
                    reason = stopCheck.reason();
                    message = stopCheck.message(epoch);
                } else if (epoch == config.training().maxEpochs()) {
                    reason = StopReason.MAX_EPOCHS;
                    message = config.training().stopping().rule() == StopRule.NONE
                            ? "Ran all " + epoch + " epochs."
                            : "Reached the maximum of " + epoch + " epochs before the stopping rule was met.";
                }
                publish(epoch, loss, valLoss, epochBegin);
                endOfEpochStep();
            }
            if (best != null && (reason == StopReason.EARLY_STOPPED || reason == StopReason.MAX_EPOCHS)) {
                net.setParams(best);
                message += String.format(Locale.ROOT, " Restored the weights of epoch %d (validation loss %.6g).",
                        stopCheck.bestEpoch(), stopCheck.bestLoss());
            }
            return finish();
        }

        /** One pass over the shuffled training rows; returns the epoch's loss (meaningless if cancelled part-way). */
        private double trainEpoch() {
            if (sklearnRng != null) {
                // sklearn: sample_idx = shuffle(sample_idx, random_state=self._random_state)
                int[] perm = sklearnRng.permutation(order.length);
                int[] previous = order.clone();
                for (int i = 0; i < order.length; i++) {
                    order[i] = previous[perm[i]];
                }
            } else {
                shuffle(order, shuffleRng);
            }
            int batch = batchSpace.capacity;
            double accumulated = 0;
            for (int from = 0; from < order.length; from += batch) {
                if (!awaitPermission()) {
                    cancelledMidEpoch = true;
                    return Double.NaN;
                }
                int rows = Math.min(batch, order.length - from);
                if (noisy) {
                    batchSpace.loadNoisy(trainRows, order, from, rows, config.training().noise(), noiseRng);
                } else {
                    batchSpace.load(trainRows, order, from, rows);
                }
                // scikit-learn's loss_curve_: batch losses weighted by batch size.
                accumulated += net.lossAndGradient(batchSpace, rows, config.training().alpha()) * rows;
                optimizer.step(net.params, net.grads);
                batchesCompleted++;
            }
            return accumulated / order.length;
        }

        private void record(int epoch, double loss, double valLoss) {
            epochs = epoch;
            if (epoch > lossCurve.length) {
                lossCurve = java.util.Arrays.copyOf(lossCurve, 2 * lossCurve.length);
                valCurve = java.util.Arrays.copyOf(valCurve, 2 * valCurve.length);
                rateCurve = java.util.Arrays.copyOf(rateCurve, 2 * rateCurve.length);
            }
            lossCurve[epoch - 1] = loss;
            valCurve[epoch - 1] = valLoss;
            rateCurve[epoch - 1] = optimizer.learningRate();
            net.params.read(0, lastGood, 0, lastGood.length);
        }

        private void publish(int epoch, double loss, double valLoss, double epochBegin) {
            boolean snapshot = snapshotRows != null
                    && (reason != null || (config.training().snapshotEvery() > 0 && epoch % config.training().snapshotEvery() == 0));
            LatentDiagnostics latent = diagnostics();
            Matrix latentSnapshot = snapshot ? snapshotLatent() : null;
            // The epoch's time covers training and the per-epoch evaluation, not the listeners.
            double elapsed = activeSeconds();
            EpochEvent event = new EpochEvent(epoch, loss, valLoss, elapsed, elapsed - epochBegin, rateCurve[epoch - 1],
                    latent, latentSnapshot);
            latestModel = net.modelFrom(lastGood);
            for (TrainingListener l : listeners) {
                l.onEpoch(event);
            }
        }

        private TrainingResult finish() {
            double seconds = activeSeconds();
            TrainedAutoencoder model = net.snapshotModel();
            // From the double-precision model, so the result agrees exactly with model.encode and exported weights.
            Matrix finalLatent = snapshotRows == null ? null : model.encode(snapshotRows);
            double[] validationCurve = validation.length > 0 ? java.util.Arrays.copyOf(valCurve, epochs) : new double[0];
            TrainingResult result = new TrainingResult(model, epochs, reason, message,
                    java.util.Arrays.copyOf(lossCurve, epochs), validationCurve,
                    java.util.Arrays.copyOf(rateCurve, epochs), seconds,
                    epochs == 0 ? Double.NaN : seconds / epochs, diagnostics(), finalLatent, config);
            for (TrainingListener l : listeners) {
                l.onFinished(result);
            }
            return result;
        }

        /** Seconds since the run started, not counting pauses. */
        private double activeSeconds() {
            long now = System.nanoTime();
            synchronized (lock) {
                return Math.max(0, (now - start - pausedNanos) / 1e9);
            }
        }

        private String divergence(double loss, double valLoss, double maxAbs) {
            if (!Double.isFinite(loss)) {
                return "the training loss became " + loss;
            }
            if (validation.length > 0 && !Double.isFinite(valLoss)) {
                return "the validation loss became " + valLoss;
            }
            if (!(maxAbs <= EXPLODED_WEIGHT)) {
                return String.format(Locale.ROOT, "the weights exploded (largest |w| = %.3g > %.0g)", maxAbs, EXPLODED_WEIGHT);
            }
            return null;
        }

        private double validationLoss() {
            double sse = 0;
            int cap = evalSpace.capacity;
            for (int from = 0; from < validation.length; from += cap) {
                int rows = Math.min(cap, validation.length - from);
                evalSpace.load(trainRows, validation, from, rows);
                sse += net.sumSquaredError(evalSpace, rows);
            }
            int n = validation.length;
            return 0.5 * sse / ((double) n * arch.outputWidth()) + 0.5 * config.training().alpha() * net.weightSquaredSum() / n;
        }

        private double[] encode(HostRows src, int[] rowsToEncode) {
            int k = arch.bottleneckWidth();
            int layers = arch.encoderLayerCount();
            double[] out = new double[rowsToEncode.length * k];
            int cap = evalSpace.capacity;
            for (int from = 0; from < rowsToEncode.length; from += cap) {
                int rows = Math.min(cap, rowsToEncode.length - from);
                evalSpace.load(src, rowsToEncode, from, rows);
                net.forward(evalSpace, rows, layers);
                evalSpace.read(layers, rows, out, from * k);
            }
            return out;
        }

        private LatentDiagnostics diagnostics() {
            double[] latent = encode(trainRows, probe);
            return LatentDiagnostics.of(latent, probe.length, arch.bottleneckWidth(),
                    arch.activations().get(arch.encoderLayerCount() - 1));
        }

        private Matrix snapshotLatent() {
            return new Matrix(snapshotOrder.length, arch.bottleneckWidth(), encode(snapshotHost, snapshotOrder));
        }
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Fisher-Yates. */
    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
