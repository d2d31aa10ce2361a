package io.latentlab.core.ae;

import java.util.Locale;

/**
 * scikit-learn's stopping test, applied to the training or the validation loss: after each epoch the loss counts as
 * "no improvement" when it is above {@code best - tol}; training stops once that happened more than
 * {@code patience} epochs in a row. Also remembers the best epoch (for restoring weights under the validation rule).
 */
final class StopCheck {

    private final StoppingConfig config;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int noImprovement;

    StopCheck(StoppingConfig config) {
        this.config = config;
    }

    /** Records one epoch's losses; returns true when the epoch is the best so far under the rule. */
    boolean observe(int epoch, double trainLoss, double validationLoss) {
        if (config.rule() == StopRule.NONE) {
            return false;
        }
        double watched = config.rule() == StopRule.VALIDATION ? validationLoss : trainLoss;
        noImprovement = watched > bestLoss - config.tol() ? noImprovement + 1 : 0;
        if (watched < bestLoss) {
            bestLoss = watched;
            bestEpoch = epoch;
            return true;
        }
        return false;
    }

    boolean shouldStop() {
        return config.rule() != StopRule.NONE && noImprovement > config.patience();
    }

    StopReason reason() {
        return config.rule() == StopRule.VALIDATION ? StopReason.EARLY_STOPPED : StopReason.CONVERGED;
    }

    String message(int epoch) {
        return String.format(
                Locale.ROOT,
                "%s loss did not improve by more than tol=%s for %d consecutive epochs; stopped after epoch %d.",
                config.rule() == StopRule.VALIDATION ? "Validation" : "Training",
                io.latentlab.core.validation.PlainNumber.of(config.tol()),
                noImprovement,
                epoch);
    }

    int bestEpoch() {
        return bestEpoch;
    }

    double bestLoss() {
        return bestLoss;
    }
}
