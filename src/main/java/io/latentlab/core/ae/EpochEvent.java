package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;

/**
 * What a listener hears after each epoch.
 *
 * @param validationLoss  NaN when there is no validation split
 * @param testLoss        reconstruction loss (no L2 term) of up to {@link TrainingSession#TEST_LOSS_ROWS} snapshot
 *                        rows, e.g. the test set; NaN when the session has no snapshot rows
 * @param elapsedSeconds  training time so far, excluding time spent paused
 * @param epochSeconds    time of this epoch alone
 * @param learningRate    the base learning rate in force at the end of the epoch
 * @param latentSnapshot  latent coordinates of the session's snapshot rows (a fresh copy), or null on epochs without
 *                        a snapshot or when the session has no snapshot rows
 */
public record EpochEvent(
        int epoch,
        double trainLoss,
        double validationLoss,
        double testLoss,
        double elapsedSeconds,
        double epochSeconds,
        double learningRate,
        LatentDiagnostics latent,
        Matrix latentSnapshot) {

    public boolean hasSnapshot() {
        return latentSnapshot != null;
    }
}
