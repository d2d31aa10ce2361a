package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;

/**
 * How embeddings are judged besides silhouette: trustworthiness and leave-one-out kNN accuracy.
 *
 * @param neighbors   k of trustworthiness and kNN accuracy
 * @param exactScores score every test row even above the row count where silhouette and trustworthiness are
 *                    otherwise estimated on a sample (slow: O(n^2))
 */
public record MetricsConfig(int neighbors, boolean exactScores) {
    public MetricsConfig {
        if (neighbors < 1 || neighbors > 100) {
            throw new InvalidValueException("neighbors", "must be between 1 and 100, got " + neighbors);
        }
    }

    public MetricsConfig(int neighbors) {
        this(neighbors, false);
    }

    public static MetricsConfig defaults() {
        return new MetricsConfig(5, false);
    }

    public MetricsConfig withExactScores(boolean exact) {
        return new MetricsConfig(neighbors, exact);
    }
}
