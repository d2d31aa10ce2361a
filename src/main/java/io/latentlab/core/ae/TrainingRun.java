package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.data.NumpyRandomState;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The training state of one {@link TrainingSession}: network, workspaces, random streams, optimizer, loss curves.
 * It runs on the training thread only (with {@link TrainingSession#evaluateAside}, the epochs' evaluations and
 * listeners on an {@link EpochPublisher}'s), in segments: {@link #execute} trains up to a number of further epochs, and
 * a later call goes on from there with the same random streams and optimizer state, exactly as one longer run
 * would (the stopping rule only decides where a segment ends).
 */
final class TrainingRun {
    private final TrainingSession session;
    private final AutoencoderConfig config;
    private final Matrix train;
    private final Matrix snapshotRows;
    private final TrainingControls controls;
    private final GradientOptimizer optimizer;

    private final Architecture arch;
    private final Network net;
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
    private final EpochEvaluation evaluation;
    private final EpochDelivery delivery;
    private final boolean noisy;
    private final HostRows trainRows;

    TrainingRun(TrainingSession session, TrainingControls controls, GradientOptimizer optimizer) {
        this.session = session;
        this.config = session.config();
        this.train = session.trainRows();
        this.snapshotRows = session.snapshotRows();
        this.controls = controls;
        this.clock = new RunClock(controls);
        this.optimizer = optimizer;
        this.arch = Architecture.of(config, train.cols());
        this.net = new Network(arch, config.network().precision());
        this.noisy = config.training().noise().active();
        this.trainRows = net.kernels.host(train);
        SplittableRandom root = new SplittableRandom(config.training().seed());
        initRng = root.split();
        splitRng = root.split();
        shuffleRng = root.split();
        noiseRng = root.split();
        probeRng = root.split();
        int n = train.rows();
        int[] all = RowOrder.identity(n);
        if (config.training().stopping().rule() == StopRule.VALIDATION) {
            RowOrder.shuffle(all, splitRng);
            int held = session.validationRows(n);
            validation = java.util.Arrays.copyOfRange(all, 0, held);
            order = java.util.Arrays.copyOfRange(all, held, n);
        } else {
            validation = new int[0];
            order = all;
        }
        int[] probeCandidates = order.clone();
        RowOrder.shuffle(probeCandidates, probeRng);
        probe = java.util.Arrays.copyOf(probeCandidates, Math.min(TrainingSession.PROBE_ROWS, probeCandidates.length));
        snapshotOrder = snapshotRows == null ? new int[0] : RowOrder.identity(snapshotRows.rows());
        int batch = Math.min(config.training().batchSize(), order.length);
        batchSpace = net.workspace(batch, noisy);
        int evalRows = Math.max(Math.max(validation.length, probe.length), snapshotOrder.length);
        int evalChunk = Math.max(1, Math.min(TrainingSession.EVAL_CHUNK, evalRows));
        evalSpace = net.forwardWorkspace(evalChunk);
        evaluation = new EpochEvaluation(
                arch,
                config.network().precision(),
                evalChunk,
                trainRows,
                probe,
                snapshotRows == null ? null : net.kernels.host(snapshotRows),
                snapshotOrder);
        delivery = new EpochDelivery(session, evaluation);
        sklearnRng = config.training().init() == Init.SKLEARN
                ? new NumpyRandomState(config.training().seed())
                : null;
        net.setParams(ParameterInit.draw(
                net.layout,
                config.training().init(),
                sklearnRng != null ? sklearnRng::nextDouble : initRng::nextDouble));
    }

    private final DivergenceWatch watch = new DivergenceWatch();
    private double[] lastGood;
    private double[] best;
    private int epochs;
    private int segments;
    private final EpochCurves curves = new EpochCurves();
    private final RunClock clock;
    private StopReason reason;
    private String message;
    private boolean cancelledMidEpoch;

    /** Epochs trained so far, over all segments. */
    int epochs() {
        return epochs;
    }

    /**
     * Trains up to {@code moreEpochs} further epochs under {@code stopping} (a fresh stopping test), until it
     * stops, diverges or is cancelled. The result covers every epoch of every segment so far.
     *
     * <p>An exception or running out of memory once an epoch has been recorded ends the segment as
     * {@link StopReason#FAILED}: with the weights of the last epoch recorded if it broke off training, or with
     * those its own stop chose if it came after (a listener's failure surfacing late); a cancel stays a cancel. One
     * before the first epoch was recorded, or one that also stops the result being made, is thrown.
     */
    TrainingResult execute(int moreEpochs, StoppingConfig stopping) {
        clock.startSegment();
        segments++;
        reason = null;
        message = null;
        best = null;
        lastGood = net.copyParams(); // after an earlier segment's restore, the weights this one goes on from
        if (!watch.started()) {
            watch.start(initialLoss(), lastGood);
        }
        StopCheck stopCheck = new StopCheck(stopping);
        int last = epochs + moreEpochs;
        Throwable failure = null;
        boolean brokenOff = false;
        try {
            delivery.segment(() -> trainEpochs(stopping, stopCheck, last));
        } catch (RuntimeException | OutOfMemoryError e) {
            if (epochs == 0) {
                throw e; // nothing trained that is worth keeping
            }
            failure = e;
            session.failedWith(e);
            brokenOff = reason == null;
            if (brokenOff) {
                try {
                    keepLastEpoch(e);
                } catch (RuntimeException | Error late) {
                    e.addSuppressed(late);
                    throw e;
                }
            }
        }
        if (best != null && (reason == StopReason.EARLY_STOPPED || reason == StopReason.MAX_EPOCHS)) {
            net.setParams(best);
            modelEpoch = stopCheck.bestEpoch();
            message += String.format(
                    Locale.ROOT,
                    " Restored the weights of epoch %d (validation loss %.6g).",
                    stopCheck.bestEpoch(),
                    stopCheck.bestLoss());
        }
        if (failure != null && reason != StopReason.FAILED) {
            // The segment had stopped by itself: its weights stand, and the message says what failed after.
            message = reason == StopReason.CANCELLED
                    ? message + " (Meanwhile: " + describe(failure) + ".)"
                    : "Training failed (" + describe(failure) + ") after it had stopped: " + message;
            reason = reason == StopReason.CANCELLED ? reason : StopReason.FAILED;
        }
        TrainingResult result;
        try {
            result = finish(brokenOff);
        } catch (RuntimeException | Error late) {
            if (failure == null) {
                throw late;
            }
            failure.addSuppressed(late); // the result could not be made either: the first error is the one to tell
            throw unchecked(failure);
        }
        clock.endSegment(result.secondsTotal());
        return result;
    }

    /** The epoch whose weights {@link #lastGood} holds: the last recorded, or one a restore went back to. */
    private int modelEpoch;

    /**
     * After an error broke training off: the weights of the last epoch recorded (its loss is in the curve), not
     * whatever a half-done mini-batch left, make the result.
     */
    private void keepLastEpoch(Throwable e) {
        best = null;
        net.setParams(lastGood);
        reason = StopReason.FAILED;
        message = "Training failed (" + describe(e) + "). The model has the weights of epoch " + modelEpoch
                + (modelEpoch == epochs ? ", the last one trained." : ", which the segment before ended with.");
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }

    private void trainEpochs(StoppingConfig stopping, StopCheck stopCheck, int last) {
        for (int epoch = epochs + 1; epoch <= last && reason == null; epoch++) {
            double epochBegin = clock.activeSeconds();
            double loss = trainEpoch(epoch);
            if (cancelledMidEpoch) {
                reason = StopReason.CANCELLED;
                message = "Cancelled during epoch " + epoch + "; the model has the weights of that moment.";
                break;
            }
            double valLoss = validation.length > 0 && Double.isFinite(loss) ? validationLoss() : Double.NaN;
            String trouble = watch.trouble(loss, validation.length > 0, valLoss, net.maxAbsParameter());
            if (trouble != null) {
                net.setParams(watch.bestParams());
                net.params.read(0, lastGood, 0, lastGood.length);
                modelEpoch = watch.bestEpoch();
                reason = StopReason.DIVERGED;
                message = "Training diverged in epoch " + epoch + ": " + trouble + ". " + watch.kept()
                        + "; try a smaller learning rate.";
                break;
            }
            record(epoch, loss, valLoss);
            watch.accept(epoch, loss, lastGood);
            if (stopCheck.observe(epoch, loss, valLoss) && stopping.rule() == StopRule.VALIDATION) {
                best = lastGood.clone();
            }
            if (stopCheck.shouldStop()) {
                reason = stopCheck.reason();
                message = stopCheck.message(epoch);
            } else if (epoch == last) {
                reason = StopReason.MAX_EPOCHS;
                message = stopping.rule() == StopRule.NONE
                        ? "Ran all " + epoch + " epochs."
                        : "Reached the maximum of " + epoch + " epochs before the stopping rule was met.";
            }
            publish(epoch, loss, valLoss, epochBegin);
            controls.endOfEpoch();
        }
    }

    /** One pass over the shuffled training rows; returns the epoch's loss (meaningless if cancelled part-way). */
    private double trainEpoch(int epoch) {
        if (sklearnRng != null) {
            // sklearn: sample_idx = shuffle(sample_idx, random_state=self._random_state)
            int[] perm = sklearnRng.permutation(order.length);
            int[] previous = order.clone();
            for (int i = 0; i < order.length; i++) {
                order[i] = previous[perm[i]];
            }
        } else {
            RowOrder.shuffle(order, shuffleRng);
        }
        int batch = batchSpace.capacity;
        double accumulated = 0;
        for (int from = 0; from < order.length; from += batch) {
            if (controls.pauseRequested()) {
                delivery.catchUp(); // parked means every epoch so far has been delivered
            }
            if (!controls.awaitPermission()) {
                cancelledMidEpoch = true;
                return Double.NaN;
            }
            if (from == 0) {
                // After any pause before the epoch's first batch, so a rate set while paused applies to it.
                session.applyRateFor(epoch, optimizer);
            }
            int rows = Math.min(batch, order.length - from);
            if (noisy) {
                batchSpace.loadNoisy(
                        trainRows, order, from, rows, config.training().noise(), noiseRng);
            } else {
                batchSpace.load(trainRows, order, from, rows);
            }
            // scikit-learn's loss_curve_: batch losses weighted by batch size.
            accumulated +=
                    net.lossAndGradient(batchSpace, rows, config.training().alpha()) * rows;
            optimizer.step(net.params, net.grads);
            session.batchDone();
        }
        return accumulated / order.length;
    }

    private void record(int epoch, double loss, double valLoss) {
        curves.record(epoch, loss, valLoss, optimizer.learningRate());
        net.params.read(0, lastGood, 0, lastGood.length);
        // Last, so that an error (memory running out growing the curves) leaves the count at what was recorded.
        epochs = epoch;
        modelEpoch = epoch;
    }

    private void publish(int epoch, double loss, double valLoss, double epochBegin) {
        boolean snapshot = snapshotRows != null
                && (reason != null
                        || (config.training().snapshotEvery() > 0
                                && epoch % config.training().snapshotEvery() == 0));
        double[] weights = lastGood.clone(); // the evaluation's, then the latest model's
        delivery.deliver(
                epoch, loss, valLoss, curves.rateOf(epoch), weights, snapshot, epochBegin, clock::activeSeconds);
    }

    /** @param brokenOff an error broke the segment off: the result's config pins its epochs, as a continuation's does */
    private TrainingResult finish(boolean brokenOff) {
        double seconds = clock.activeSeconds();
        TrainedAutoencoder model = net.snapshotModel();
        // From the double-precision model, so the result agrees exactly with model.encode and exported weights.
        Matrix finalLatent = snapshotRows == null ? null : model.encode(snapshotRows);
        TrainingResult result = new TrainingResult(
                model,
                epochs,
                reason,
                message,
                curves.loss(epochs),
                validation.length > 0 ? curves.validation(epochs) : new double[0],
                curves.rates(epochs),
                seconds,
                epochs == 0 ? Double.NaN : seconds / epochs,
                evaluation.diagnostics(net.copyParams()),
                finalLatent,
                session.effectiveConfig(epochs, segments > 1 || brokenOff),
                evaluation.testCurve(epochs));
        for (TrainingListener l : session.listeners()) {
            l.onFinished(result);
        }
        return result;
    }

    /**
     * The initial weights' loss (epoch 0 for {@link DivergenceWatch}): like the training loss, on the probe rows
     * (at most {@link TrainingSession#PROBE_ROWS} training rows), without noise. Forward passes only.
     */
    private double initialLoss() {
        return 0.5
                        * net.sumSquaredError(evalSpace, trainRows, probe, probe.length)
                        / ((double) probe.length * arch.outputWidth())
                + 0.5 * config.training().alpha() * net.weightSquaredSum() / batchSpace.capacity;
    }

    private double validationLoss() {
        double sse = net.sumSquaredError(evalSpace, trainRows, validation, validation.length);
        int n = validation.length;
        return 0.5 * sse / ((double) n * arch.outputWidth())
                + 0.5 * config.training().alpha() * net.weightSquaredSum() / n;
    }
}
