package io.latentlab.core.ae;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Input corruption for a denoising autoencoder: applied to training inputs only, the target stays clean. */
public enum NoiseType {
    NONE,
    /** Adds N(0, level^2) to every input value. */
    GAUSSIAN,
    /** Sets each input value to 0 with probability {@code level}. */
    MASKING;

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static NoiseType fromId(String id) {
        return JsonIds.parse(NoiseType.class, id, "noise type");
    }
}
