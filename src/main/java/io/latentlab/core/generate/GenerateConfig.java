package io.latentlab.core.generate;

import io.latentlab.core.validation.InvalidValueException;

/**
 * What to generate.
 *
 * @param count how many rows, 1 to {@value #MAX_ROWS}
 * @param mode  per class (Gaussians) or uniform (latent box)
 * @param seed  seed of the sampling; the same seed, model and data give the same rows
 */
public record GenerateConfig(int count, SamplingMode mode, long seed) {

    public static final int MAX_ROWS = 1_000_000;

    public GenerateConfig {
        if (count < 1 || count > MAX_ROWS) {
            throw new InvalidValueException("count", "must be between 1 and " + MAX_ROWS + ", got " + count);
        }
        if (mode == null) {
            throw InvalidValueException.notSet("mode");
        }
    }
}
