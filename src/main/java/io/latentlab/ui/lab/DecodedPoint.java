package io.latentlab.ui.lab;

import io.latentlab.core.data.ImageShape;

/**
 * What the decoder makes of one latent point: the reconstructed features (in the scaled space the network works in,
 * so MinMax-scaled data lies in [0, 1]).
 *
 * @param latent  the latent coordinates decoded (all bottleneck units)
 * @param values  the decoder's output, one value per feature
 * @param image   the rows' image shape (e.g. 28x28), or null for tabular data, which is shown as a profile
 */
public record DecodedPoint(double[] latent, double[] values, ImageShape image) {}
