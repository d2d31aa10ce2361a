package io.latentlab.core.metrics;

/**
 * Silhouette coefficients of a labelled point set.
 *
 * @param samples one coefficient per row, in row order, each in [-1, 1]; the array is owned by the result
 * @param score   their mean, the usual single-number silhouette score
 */
public record SilhouetteResult(double[] samples, double score) {}
