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
    DIVERGED,
    /**
     * An error (not the loss) ended the run, e.g. memory ran out or a listener failed; the weights of the last
     * epoch trained were kept, so the work done is not lost. Such a run does not go on.
     */
    FAILED;

    /**
     * True when training may go on from the weights such a run ended with: a cancelled run stopped within an epoch,
     * a diverged one kept older weights than its optimizer state, a failed one may be half-updated.
     */
    public boolean canGoOn() {
        return switch (this) {
            case CONVERGED, EARLY_STOPPED, MAX_EPOCHS -> true;
            case CANCELLED, DIVERGED, FAILED -> false;
        };
    }

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static StopReason fromId(String id) {
        return JsonIds.parse(StopReason.class, id, "stop reason");
    }
}
