package io.latentlab.ui.lab;

import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.pipeline.Baseline;

/** Told of each new training session before it trains and of its end, e.g. to record the training timeline. */
interface SessionHook {
    SessionHook NONE = new SessionHook() {
        @Override
        public void started(Baseline on, int[] liveRows, TrainingSession s) {}

        @Override
        public Runnable stopped() {
            return () -> {};
        }
    };

    /**
     * Called on the UI thread; a listener added to {@code s} here hears every epoch from the first. The epochs'
     * latent snapshots are of the test rows {@code liveRows} (ascending indices), in that order.
     */
    void started(Baseline on, int[] liveRows, TrainingSession s);

    /**
     * The session was cancelled or thrown away (Reset, new data, Undo, closing). Returns what brings back what was
     * recorded of it, should Undo bring the session back.
     */
    Runnable stopped();
}
