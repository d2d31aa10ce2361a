/**
 * Exploring what a model knows, for the window: a {@link io.latentlab.core.explore.LatentMap} (the autoencoder,
 * or PCA's plane as its linear counterpart) encodes rows and decodes latent points; {@link
 * io.latentlab.core.explore.LatentBox} is the range of the test rows' codes, {@link
 * io.latentlab.core.explore.LatentGrid} and {@link io.latentlab.core.explore.Interpolation} the latent points a
 * mosaic or a strip decodes, {@link io.latentlab.core.explore.Reconstruction} one row through a map. Everything
 * is in the scaled feature space the network and PCA work in.
 *
 * <p>May import: {@code core.ae}, {@code core.data}, {@code core.pca}, {@code core.pipeline}. Never {@code ui},
 * {@code cli} or JavaFX.
 */
package io.latentlab.core.explore;
