package io.latentlab.core.config;

import io.latentlab.core.data.ScalingMethod;
import java.util.Objects;

/** Feature scaling, fitted on the training rows only. */
public record ScalingConfig(ScalingMethod method) {
    public ScalingConfig {
        Objects.requireNonNull(method, "method");
    }

    public static ScalingConfig minMax() {
        return new ScalingConfig(ScalingMethod.MINMAX);
    }
}
