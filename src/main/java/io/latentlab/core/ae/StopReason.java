package io.latentlab.core.ae;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a training run ended. */
public enum StopReason {
    /** The training-loss rule fired (scikit-learn's convergence test). */
    CONVERGED,
    /** The validation-loss rule fired; the best weights were restored. */
    EARLY_STOPPED,
    MAX_EPOCHS,
    CANCELLED,
    /** Loss became NaN/infinite or weights exploded; the weights of the last good epoch were kept. */
    DIVERGED;

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static StopReason fromId(String id) {
        return JsonIds.parse(StopReason.class, id, "stop reason");
    }
}
