package io.latentlab.core.ae;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** When training stops before {@code maxEpochs}. */
public enum StopRule {
    /** scikit-learn's: stop when the training loss has not improved by {@code tol} for more than {@code patience} epochs. */
    TRAINING_LOSS,
    /** The same test on the loss of a held-out part of the training rows; the best weights are restored at the end. */
    VALIDATION,
    /** Run until {@code maxEpochs} (or until cancelled or diverged). */
    NONE;

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static StopRule fromId(String id) {
        return JsonIds.parse(StopRule.class, id, "stopping rule");
    }
}
