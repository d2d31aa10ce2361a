package io.latentlab.core.ae;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How weights (and, for {@link #SKLEARN}, biases) are drawn before training. */
public enum Init {
    /** W ~ U(+-sqrt(6/fan_in)), zero biases. */
    HE_UNIFORM,
    /** W ~ U(+-sqrt(6/(fan_in+fan_out))), zero biases. */
    GLOROT_UNIFORM,
    /**
     * MLPRegressor's: W and b ~ U(+-sqrt(f/(fan_in+fan_out))) with f = 6, or 2 when the layer's activation
     * is sigmoid.
     */
    SKLEARN;

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static Init fromId(String id) {
        return JsonIds.parse(Init.class, id, "init");
    }
}
