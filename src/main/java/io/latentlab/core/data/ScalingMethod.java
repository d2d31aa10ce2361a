package io.latentlab.core.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How features are scaled before PCA and the autoencoder. */
public enum ScalingMethod {
    MINMAX,
    STANDARD,
    NONE;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static ScalingMethod parse(String text) {
        for (ScalingMethod m : values()) {
            if (m.id().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown scaling '" + text + "' (expected minmax, standard or none)");
    }
}
