package io.latentlab.ui.lab;

/** One line of the metrics table: a measure, its PCA value and its autoencoder value (as shown). */
public record MetricRow(String measure, String pca, String latent) {}
