package io.latentlab.core.pipeline;

import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.config.ExperimentConfig;

/**
 * Everything a run produced, stage 3 of the {@link Pipeline}: the report and what is written beside it.
 *
 * @param config   the effective experiment: the baseline's data with the autoencoder settings the model was
 *                 trained with, so {@code run --config} on it reproduces the run
 * @param training null when the model was read from a weights file instead of trained
 */
public record Outcome(
        ExperimentConfig config,
        Report report,
        Baseline baseline,
        TrainedAutoencoder model,
        TrainingResult training,
        LatentEvaluation latent) {}
