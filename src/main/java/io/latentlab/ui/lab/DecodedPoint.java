package io.latentlab.ui.lab;

/**
 * What the decoder makes of one latent point: the reconstructed features (in the scaled space the network works in,
 * so MinMax-scaled data lies in [0, 1]).
 *
 * @param latent  the latent coordinates decoded (all bottleneck units)
 * @param values  the decoder's output, one value per feature
 */
public record DecodedPoint(double[] latent, double[] values) {
}
