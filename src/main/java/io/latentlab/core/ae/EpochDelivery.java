package io.latentlab.core.ae;

import java.util.function.DoubleSupplier;

/**
 * How a {@link TrainingRun}'s epochs reach the session's listeners: evaluated ({@link EpochEvaluation}) and
 * announced on the training thread, or, with {@link TrainingSession#evaluateAside}, on an {@link EpochPublisher}'s
 * thread during each {@link #segment}. Either way each epoch's weights become the session's latest model just
 * before its listeners hear of it.
 */
final class EpochDelivery {

    private final TrainingSession session;
    private final EpochEvaluation evaluation;
    /** The running segment's publisher; null between segments or without evaluateAside. */
    private EpochPublisher publisher;

    EpochDelivery(TrainingSession session, EpochEvaluation evaluation) {
        this.session = session;
        this.evaluation = evaluation;
    }

    /** Runs one segment of training; afterwards (also when it throws) every epoch handed over has been delivered. */
    void segment(Runnable training) {
        EpochPublisher p = session.evaluatesAside() ? new EpochPublisher() : null;
        publisher = p;
        try {
            training.run();
        } catch (RuntimeException | Error e) {
            publisher = null;
            if (p != null) {
                try {
                    p.finish();
                } catch (RuntimeException | Error late) {
                    if (late != e) { // else: the listener's failure that the training thread has just thrown
                        e.addSuppressed(late);
                    }
                }
            }
            throw e;
        }
        publisher = null;
        if (p != null) {
            p.finish(); // every epoch's event is out before the result's
        }
    }

    /** Before the training thread parks in a pause: waits until every epoch so far has been delivered. */
    void catchUp() {
        if (publisher != null) {
            publisher.awaitIdle();
        }
    }

    /**
     * Delivers one epoch whose own copy of the weights is {@code weights}. The epoch's time ({@code clock} at
     * hand-over, minus {@code epochBegin}) covers training, plus the evaluation when that runs on this thread.
     */
    void deliver(
            int epoch,
            double loss,
            double valLoss,
            double rate,
            double[] weights,
            boolean snapshot,
            double epochBegin,
            DoubleSupplier clock) {
        if (publisher != null) {
            double elapsed = clock.getAsDouble();
            publisher.submit(() -> announce(
                    epoch,
                    loss,
                    valLoss,
                    elapsed,
                    elapsed - epochBegin,
                    rate,
                    weights,
                    evaluation.evaluate(epoch, weights, snapshot)));
        } else {
            EpochEvaluation.Result evaluated = evaluation.evaluate(epoch, weights, snapshot);
            double elapsed = clock.getAsDouble();
            announce(epoch, loss, valLoss, elapsed, elapsed - epochBegin, rate, weights, evaluated);
        }
    }

    private void announce(
            int epoch,
            double loss,
            double valLoss,
            double elapsed,
            double epochSeconds,
            double rate,
            double[] weights,
            EpochEvaluation.Result evaluated) {
        EpochEvent event = new EpochEvent(
                epoch,
                loss,
                valLoss,
                evaluated.testLoss(),
                elapsed,
                epochSeconds,
                rate,
                evaluated.latent(),
                evaluated.snapshot());
        session.publishLatest(evaluation.network(), weights);
        for (TrainingListener l : session.listeners()) {
            l.onEpoch(event);
        }
    }
}
