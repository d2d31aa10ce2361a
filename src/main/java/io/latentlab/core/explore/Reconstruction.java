package io.latentlab.core.explore;

import io.latentlab.core.ae.NoiseConfig;
import io.latentlab.core.ae.NoiseType;
import io.latentlab.core.data.Matrix;
import java.util.SplittableRandom;

/**
 * One row through a {@link LatentMap} and back: its code, its reconstruction and the mean squared error over its
 * features (the report's {@code reconstruction_mse} for a single row). For a denoising model also the row
 * corrupted as in training and what the model makes of that.
 *
 * @param noisy         the corrupted input, or null when the model was trained without noise
 * @param denoised      the reconstruction of {@code noisy}, or null
 * @param denoisedError its error against the clean row, or NaN
 */
public record Reconstruction(
        double[] original,
        double[] code,
        double[] reconstructed,
        double error,
        double[] noisy,
        double[] denoised,
        double denoisedError) {

    /**
     * @param noise how training corrupted inputs; the corruption here uses its own {@code seed}, so the same row
     *              and seed always give the same noisy picture
     */
    public static Reconstruction of(LatentMap map, double[] original, NoiseConfig noise, long seed) {
        double[] code =
                map.encode(new Matrix(1, original.length, original.clone())).row(0);
        double[] reconstructed = map.decode(code);
        if (noise == null || !noise.active()) {
            return new Reconstruction(
                    original.clone(),
                    code,
                    reconstructed,
                    meanSquaredError(reconstructed, original),
                    null,
                    null,
                    Double.NaN);
        }
        double[] noisy = corrupt(noise, original, seed);
        double[] denoised =
                map.decode(map.encode(new Matrix(1, noisy.length, noisy)).row(0));
        return new Reconstruction(
                original.clone(),
                code,
                reconstructed,
                meanSquaredError(reconstructed, original),
                noisy.clone(),
                denoised,
                meanSquaredError(denoised, original));
    }

    /** Training's corruption of one row: Gaussian noise of the level's deviation, or masking with its probability. */
    public static double[] corrupt(NoiseConfig noise, double[] row, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        boolean gaussian = noise.type() == NoiseType.GAUSSIAN;
        double[] out = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = gaussian
                    ? row[i] + noise.level() * rng.nextGaussian()
                    : rng.nextDouble() < noise.level() ? 0.0 : row[i];
        }
        return out;
    }

    static double meanSquaredError(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return a.length == 0 ? 0 : sum / a.length;
    }
}
