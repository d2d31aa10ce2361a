package io.latentlab.core.ae;

import io.latentlab.core.validation.InvalidValueException;

/**
 * How a network is trained: initialisation, optimizer, batches, stopping, denoising. None of it changes which
 * parameters the model has (that is {@link NetworkConfig}).
 *
 * @param seed          drives initialisation, shuffling, the validation split and noise
 * @param alpha         L2 penalty as in scikit-learn: adds alpha/(2n)·Σ||W||² per batch of n rows (biases are not
 *                      penalised)
 * @param batchSize     rows per mini-batch (capped at the number of training rows)
 * @param noise         input corruption; absent means none
 * @param snapshotEvery stream the latent coordinates every this many epochs (0 = only at the end)
 */
public record TrainingConfig(
        Init init,
        long seed,
        double alpha,
        OptimizerConfig optimizer,
        int batchSize,
        int maxEpochs,
        StoppingConfig stopping,
        NoiseConfig noise,
        int snapshotEvery) {

    public TrainingConfig {
        Check.notNull(init, "init");
        if (init == Init.SKLEARN && (seed < 0 || seed > 0xFFFFFFFFL)) {
            throw new InvalidValueException(
                    "seed",
                    "must be between 0 and 4294967295 with the sklearn init" + " (NumPy's seed range), got " + seed);
        }
        Check.nonNegative(alpha, "alpha");
        Check.notNull(optimizer, "optimizer");
        Check.atLeast(batchSize, 1, "batchSize");
        Check.atLeast(maxEpochs, 1, "maxEpochs");
        Check.notNull(stopping, "stopping");
        noise = noise == null ? NoiseConfig.none() : noise;
        Check.atLeast(snapshotEvery, 0, "snapshotEvery");
    }
}
