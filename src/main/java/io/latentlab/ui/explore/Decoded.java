package io.latentlab.ui.explore;

/**
 * A decoded code: where it was (every unit) and the row the decoder made of it, in scaled features.
 *
 * @param code   the latent (or PCA) coordinates decoded
 * @param values one value per feature
 */
public record Decoded(double[] code, double[] values) {}
