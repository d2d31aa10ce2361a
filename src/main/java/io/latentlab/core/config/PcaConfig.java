package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;

/** The PCA baseline; the plots use the first two components. */
public record PcaConfig(int components) {
    public PcaConfig {
        if (components < 1 || components > 1000) {
            throw new InvalidValueException("components", "must be between 1 and 1000, got " + components);
        }
    }

    public static PcaConfig twoComponents() {
        return new PcaConfig(2);
    }
}
