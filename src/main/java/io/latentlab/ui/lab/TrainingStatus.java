package io.latentlab.ui.lab;

import io.latentlab.core.ae.StopReason;
import io.latentlab.core.ae.TrainingResult;

/**
 * The status line's words for a run: paused, stepped and stopped. A pause or a step takes effect on the training
 * thread, after epochs that a later pulse shows for the first time, so their words are brought up to date then.
 */
final class TrainingStatus {

    private static final String PAUSED_AT = "Paused at epoch ";
    private static final String STEPPING = "Stepping";

    private TrainingStatus() {}

    static String pausedAt(int epoch) {
        return PAUSED_AT + epoch;
    }

    /** The status once a pulse shows epoch {@code shown} while paused: a pause or a step names it, others stay. */
    static String onceShown(String status, int shown) {
        if (status.startsWith(STEPPING)) {
            return "Paused after epoch " + shown;
        }
        return status.startsWith(PAUSED_AT) ? pausedAt(shown) : status;
    }

    /** Why the run stopped and, when it can go on, what Train does next (people expected a new model). */
    static String stopped(TrainingResult r) {
        if (r.stopReason() == StopReason.FAILED) {
            return r.stopMessage();
        }
        return "Training stopped: " + r.stopMessage()
                + (r.stopReason().canGoOn() ? " Train goes on from here; Reset starts anew." : "");
    }
}
