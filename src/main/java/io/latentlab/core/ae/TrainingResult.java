package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;

/**
 * The outcome of a {@link TrainingSession}.
 *
 * @param epochs              completed epochs (a cancelled partial epoch is not counted)
 * @param lossCurve           scikit-learn's {@code loss_curve_}: one training loss per completed epoch
 * @param validationLossCurve one validation loss per epoch, empty without a validation split
 * @param learningRates       the base learning rate in force at the end of each completed epoch (as
 *                            {@link EpochEvent#learningRate()}): the schedule actually used
 * @param secondsTotal        training time excluding pauses
 * @param secondsPerEpoch     {@code secondsTotal / epochs} (NaN when no epoch completed)
 * @param latent              diagnostics of the final weights
 * @param testLossCurve       one test loss per epoch (see {@link EpochEvent#testLoss()}), empty without snapshot rows
 * @param config              the config that reproduces these epochs in one run (with the learning-rate schedule
 *                            actually used)
 * @param finalLatent         {@code model.encode(snapshotRows)}, or null without snapshot rows
 */
public record TrainingResult(
        TrainedAutoencoder model,
        int epochs,
        StopReason stopReason,
        String stopMessage,
        double[] lossCurve,
        double[] validationLossCurve,
        double[] learningRates,
        double secondsTotal,
        double secondsPerEpoch,
        LatentDiagnostics latent,
        Matrix finalLatent,
        AutoencoderConfig config,
        double[] testLossCurve) {

    public double finalLoss() {
        return lossCurve.length == 0 ? Double.NaN : lossCurve[lossCurve.length - 1];
    }
}
