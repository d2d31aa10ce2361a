package io.latentlab.ui.lab;

import java.util.Locale;

/**
 * The training progress in words: time so far, seconds per epoch and, only when it means something, the time
 * left. The figures come from epochs that finished, so they stand still while training is paused.
 */
final class ProgressLine {

    /** Below this many epochs the per-epoch time is still warming up: no estimate yet. */
    static final int EPOCHS_BEFORE_ESTIMATE = 3;

    private ProgressLine() {}

    /**
     * @param mayStopEarly a stopping rule may end training before {@code maxEpochs}: the estimate is then an upper
     *                     bound ("at most")
     */
    static String describe(int epoch, int maxEpochs, double elapsedSeconds, boolean mayStopEarly, boolean paused) {
        if (epoch <= 0) {
            return paused ? "paused" : "";
        }
        double perEpoch = elapsedSeconds / epoch;
        StringBuilder line = new StringBuilder(
                String.format(Locale.ROOT, "%s · %.3f s/epoch", Formats.duration(elapsedSeconds), perEpoch));
        int left = maxEpochs - epoch;
        if (epoch >= EPOCHS_BEFORE_ESTIMATE && left > 0 && Double.isFinite(perEpoch)) {
            double seconds = left * perEpoch;
            line.append(" · ")
                    .append(
                            seconds < 1
                                    ? "under 1s"
                                    : (mayStopEarly ? "at most " : "about ") + Formats.duration(seconds))
                    .append(" left");
        }
        if (paused) {
            line.append(" · paused");
        }
        return line.toString();
    }

    /** "Epoch 12 / 1000", or "Epoch 0" before a run. */
    static String epochs(int epoch, int maxEpochs) {
        return maxEpochs <= 0 ? "Epoch " + epoch : "Epoch " + epoch + " / " + maxEpochs;
    }
}
