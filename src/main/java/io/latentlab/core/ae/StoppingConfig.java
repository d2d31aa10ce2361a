package io.latentlab.core.ae;

import io.latentlab.core.validation.InvalidValueException;

/**
 * When to stop early. After each epoch the watched loss (training or validation, see {@link StopRule}) counts as
 * "no improvement" if it is above {@code best - tol}; training stops once that happened more than {@code patience}
 * epochs in a row. {@code validationFraction} is the share of training rows held out for {@link StopRule#VALIDATION}.
 */
public record StoppingConfig(StopRule rule, double tol, int patience, double validationFraction) {

    public StoppingConfig {
        Check.notNull(rule, "rule");
        Check.nonNegative(tol, "tol");
        Check.atLeast(patience, 1, "patience");
        if (rule == StopRule.VALIDATION) {
            if (!(validationFraction > 0 && validationFraction < 1)) {
                throw new InvalidValueException(
                        "validationFraction", "must be in (0, 1) for the validation rule, got " + validationFraction);
            }
        } else {
            Check.inHalfOpen(validationFraction, 0, 1, "validationFraction");
        }
    }

    /** scikit-learn's default: training loss, tol 1e-4, 10 epochs without improvement. */
    public static StoppingConfig trainingLoss(double tol, int patience) {
        return new StoppingConfig(StopRule.TRAINING_LOSS, tol, patience, 0.1);
    }

    public static StoppingConfig validation(double tol, int patience, double validationFraction) {
        return new StoppingConfig(StopRule.VALIDATION, tol, patience, validationFraction);
    }

    public static StoppingConfig none() {
        return new StoppingConfig(StopRule.NONE, 1e-4, 10, 0.1);
    }
}
