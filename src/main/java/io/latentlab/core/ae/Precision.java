package io.latentlab.core.ae;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Floating-point width of the training arithmetic (the trained model is always handed out as doubles). */
public enum Precision {
    FLOAT32,
    FLOAT64;

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static Precision fromId(String id) {
        return JsonIds.parse(Precision.class, id, "precision");
    }
}
