package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;

/** How embeddings are judged besides silhouette: trustworthiness and leave-one-out kNN accuracy. */
public record MetricsConfig(int neighbors) {
    public MetricsConfig {
        if (neighbors < 1 || neighbors > 100) {
            throw new InvalidValueException("neighbors", "must be between 1 and 100, got " + neighbors);
        }
    }

    public static MetricsConfig defaults() {
        return new MetricsConfig(5);
    }
}
