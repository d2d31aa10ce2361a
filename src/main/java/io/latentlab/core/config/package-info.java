/**
 * The one immutable experiment config ({@link io.latentlab.core.config.ExperimentConfig} and its parts) shared by
 * the window, the command line and JSON files, the presets, and {@link io.latentlab.core.config.ConfigJson}, which
 * reads partial files over a base config and reports problems by field path (e.g. {@code data.blobs.clusterStd}).
 *
 * <p>May import: {@code core.ae} (the autoencoder's config records), {@code core.data} (scaling methods),
 * {@code core.io}, {@code core.validation}, Jackson.
 */
package io.latentlab.core.config;
