package io.latentlab.ui.lab;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.pipeline.Baseline;
import java.util.function.Consumer;

/**
 * Hands every trained model that training throws away to a listener (the window's Undo): a finished model at once,
 * a running one when its last epoch arrives after the stop. A model that learnt nothing is not worth bringing back.
 */
final class DiscardedModels {

    private Consumer<DiscardedModel> listener = d -> {};
    /** A running session stopped by a discard: its final result is kept for Undo when it arrives. */
    private TrainingSession running;

    private Baseline runningOn;
    private AutoencoderConfig runningSettings;
    private Runnable runningTimeline;

    void setListener(Consumer<DiscardedModel> listener) {
        this.listener = listener;
    }

    /**
     * A finished model thrown away now: trained on {@code on} with the form's {@code settings}, by {@code session}
     * (kept so that Undo can let it go on training; null when it cannot), {@code timeline} bringing back its
     * recorded frames.
     */
    void finished(
            Baseline on,
            TrainingResult result,
            LossHistory history,
            AutoencoderConfig settings,
            TrainingSession session,
            Runnable timeline) {
        listener.accept(new DiscardedModel(on, result, history, settings, session, timeline));
    }

    /** A session trained on {@code on} is being stopped; its result comes later, through {@link #claim}. */
    void stopping(TrainingSession session, Baseline on, AutoencoderConfig settings, Runnable timeline) {
        running = session;
        runningOn = on;
        runningSettings = settings;
        runningTimeline = timeline;
    }

    /**
     * A session's work failed without a result (before its first epoch was recorded, or while making the result):
     * there is nothing to claim, so a stopped one is let go (it holds the network and its data), and nothing to
     * offer back. A run that failed later ends with a {@code FAILED} result instead, which comes through
     * {@link #claim} like any other.
     */
    void failed(TrainingSession session) {
        if (session == running) {
            forgetRunning();
        }
    }

    /** True while a stopped session's result is awaited (for tests). */
    boolean awaitsResult() {
        return running != null;
    }

    /**
     * True when {@code result} is the final result of the stopped session: it then goes to the listener (when it
     * learnt anything) instead of the window. A stopped session cannot go on, so Undo brings back its model only.
     */
    boolean claim(TrainingSession session, TrainingResult result) {
        if (session != running) {
            return false;
        }
        DiscardedModel d = new DiscardedModel(
                runningOn, result, TrainingProgress.historyOf(result), runningSettings, null, runningTimeline);
        forgetRunning();
        if (result.epochs() > 0) {
            listener.accept(d);
        }
        return true;
    }

    private void forgetRunning() {
        running = null;
        runningOn = null;
        runningSettings = null;
        runningTimeline = null;
    }
}
