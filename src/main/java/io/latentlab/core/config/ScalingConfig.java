package io.latentlab.core.config;

import io.latentlab.core.data.ScalingMethod;
import io.latentlab.core.validation.InvalidValueException;

/** Feature scaling, fitted on the training rows only. */
public record ScalingConfig(ScalingMethod method) {
    public ScalingConfig {
        if (method == null) {
            throw InvalidValueException.notSet("method");
        }
    }

    public static ScalingConfig minMax() {
        return new ScalingConfig(ScalingMethod.MINMAX);
    }
}
