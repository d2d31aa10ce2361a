/**
 * Latent Lab: train an autoencoder and see what it learns. {@link io.latentlab.Launcher} starts the window without
 * arguments and the command line with them.
 *
 * <p>Layers: {@code core} (headless numerics and the pipeline) ← {@code cli} and {@code ui}; the two front ends never
 * depend on each other, and {@code core} depends on neither (ArchUnit rules in {@code LayerRulesTest}).
 */
package io.latentlab;
