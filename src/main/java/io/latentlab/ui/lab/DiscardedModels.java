package io.latentlab.ui.lab;

import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.pipeline.Baseline;
import java.util.function.Consumer;

/**
 * Hands every trained model that training throws away to a listener (the window's Undo): a finished model at once,
 * a running one when its last epoch arrives after the stop. A model that learnt nothing is not worth bringing back.
 */
final class DiscardedModels {

    private Consumer<TrainingViewModel.Discarded> listener = d -> {};
    /** A running session stopped by a discard: its final result is kept for Undo when it arrives. */
    private TrainingSession running;

    private Baseline runningOn;

    void setListener(Consumer<TrainingViewModel.Discarded> listener) {
        this.listener = listener;
    }

    /** A finished model, trained on {@code on}, thrown away now. */
    void finished(Baseline on, TrainingResult result, LossHistory history) {
        listener.accept(new TrainingViewModel.Discarded(on, result, history));
    }

    /** A session trained on {@code on} is being stopped; its result comes later, through {@link #claim}. */
    void stopping(TrainingSession session, Baseline on) {
        running = session;
        runningOn = on;
    }

    /**
     * True when {@code result} is the final result of the stopped session: it then goes to the listener (when it
     * learnt anything) instead of the window.
     */
    boolean claim(TrainingSession session, TrainingResult result) {
        if (session != running) {
            return false;
        }
        Baseline on = runningOn;
        running = null;
        runningOn = null;
        if (result.epochs() > 0) {
            listener.accept(new TrainingViewModel.Discarded(on, result, TrainingProgress.historyOf(result)));
        }
        return true;
    }
}
