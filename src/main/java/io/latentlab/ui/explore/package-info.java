/**
 * Exploring the latent space in the window: decoding where the mouse points (the autoencoder and PCA side by
 * side), a test row's reconstruction, the latent grid (a mosaic of decoded points) and interpolation between two
 * picks. {@link io.latentlab.ui.explore.ExploreViewModel} composes one view-model per feature; each reads the
 * lab's current data and model through {@link io.latentlab.ui.explore.ExploreSource} once per pulse, so decoding
 * is coalesced to at most once per frame however fast the mouse moves. The numbers come from
 * {@code core.explore}; the views ({@link io.latentlab.ui.explore.ExplorePane},
 * {@link io.latentlab.ui.explore.LatentGridWindow}) only bind and forward events.
 *
 * <p>May import: {@code core.explore}, {@code core.pipeline}, {@code core.ae} and {@code core.data} value types,
 * {@code ui.plot}, {@code ui.task}, JavaFX. Never {@code ui.lab}: the lab composes this package, not the other way.
 */
package io.latentlab.ui.explore;
