package io.latentlab.ui.explore;

/** Which plot a point was picked in: the autoencoder's latent plot or the PCA plot. */
public enum Space {
    AUTOENCODER,
    PCA
}
