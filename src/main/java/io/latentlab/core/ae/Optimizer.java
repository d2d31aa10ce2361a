package io.latentlab.core.ae;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Gradient-descent flavour; both follow scikit-learn's update formulas. */
public enum Optimizer {
    ADAM,
    /** SGD with momentum and optional Nesterov look-ahead. */
    SGD;

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static Optimizer fromId(String id) {
        return JsonIds.parse(Optimizer.class, id, "optimizer");
    }
}
