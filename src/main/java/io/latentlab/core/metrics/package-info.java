/**
 * How good an embedding is, by scikit-learn's definitions: silhouette, trustworthiness and leave-one-out kNN
 * accuracy, all on blocked pairwise distances (no n × n matrix is ever held).
 *
 * <p>May import: {@code core.data}, {@code core.math}, ND4J.
 */
package io.latentlab.core.metrics;
