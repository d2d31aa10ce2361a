/**
 * New rows from a trained decoder: {@link io.latentlab.core.generate.Generator} samples latent points — per class
 * from a Gaussian fitted to that class's latent points ({@link io.latentlab.core.generate.LatentGaussian}), or
 * uniformly in the latent bounding box — decodes them and undoes the scaling, so the rows are in the data's
 * original units; {@link io.latentlab.core.generate.GeneratedFiles} writes them as CSV (and .npy for images).
 * The command line's {@code generate} and the window's Generate data… both call it, so they give the same rows.
 *
 * <p>May import: {@code core.pipeline}, {@code core.ae}, {@code core.data} (with its {@code io}), {@code core.io},
 * {@code core.config}, {@code core.validation}. Never {@code cli}, {@code ui} or JavaFX.
 */
package io.latentlab.core.generate;
