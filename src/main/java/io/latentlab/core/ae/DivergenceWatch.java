package io.latentlab.core.ae;

import java.util.Locale;

/**
 * Decides when training diverged and which weights to keep then. Diverged means: the training or validation loss
 * is not finite, the weights exploded (|w| above {@link TrainingSession#EXPLODED_WEIGHT}), or the epoch's loss grew
 * by orders of magnitude ({@value #GROWTH}× the best loss so far and, after the first epoch, also
 * {@value #FIRST_GROWTH}× the first epoch's; in the first epoch the best so far is the initial loss).
 * It remembers the weights with the best training loss so far, the initial weights counting as epoch 0, and those
 * are the ones kept. It only reads numbers: it draws no random numbers and never changes the parameters.
 */
final class DivergenceWatch {
    static final double GROWTH = 100;
    static final double FIRST_GROWTH = 10;

    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;
    private double[] bestParams;
    private double firstLoss = Double.NaN;

    boolean started() {
        return bestParams != null;
    }

    /** The initial weights and their loss (epoch 0). */
    void start(double initialLoss, double[] params) {
        bestParams = params.clone();
        bestEpoch = 0;
        bestLoss = Double.isFinite(initialLoss) ? initialLoss : Double.POSITIVE_INFINITY;
    }

    /** Why the epoch counts as diverged, or null if it does not. */
    String trouble(double loss, boolean validated, double valLoss, double maxAbs) {
        if (!Double.isFinite(loss)) {
            return "the training loss became " + loss;
        }
        if (validated && !Double.isFinite(valLoss)) {
            return "the validation loss became " + valLoss;
        }
        if (!(maxAbs <= TrainingSession.EXPLODED_WEIGHT)) {
            return String.format(
                    Locale.ROOT,
                    "the weights exploded (largest |w| = %.3g > %.0g)",
                    maxAbs,
                    TrainingSession.EXPLODED_WEIGHT);
        }
        if (loss > GROWTH * bestLoss && !(loss <= FIRST_GROWTH * firstLoss)) {
            return String.format(
                    Locale.ROOT,
                    "the training loss grew to %.3g, more than %.0f times the best so far (%.6g)",
                    loss,
                    GROWTH,
                    bestLoss);
        }
        return null;
    }

    /** Records a finished, not diverged epoch whose weights are {@code params}. */
    void accept(int epoch, double loss, double[] params) {
        if (Double.isNaN(firstLoss)) {
            firstLoss = loss;
        }
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            System.arraycopy(params, 0, bestParams, 0, params.length);
        }
    }

    /** The epoch of {@link #bestParams} (0: the initialisation). */
    int bestEpoch() {
        return bestEpoch;
    }

    double[] bestParams() {
        return bestParams;
    }

    /** "Kept the weights of epoch 3 (loss 0.21)", or of the initialisation. */
    String kept() {
        String which = bestEpoch == 0 ? "the initialisation" : "epoch " + bestEpoch;
        return Double.isFinite(bestLoss)
                ? String.format(Locale.ROOT, "Kept the weights of %s (loss %.6g)", which, bestLoss)
                : "Kept the weights of " + which;
    }
}
