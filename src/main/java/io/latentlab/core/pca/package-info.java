/**
 * The PCA baseline: covariance and LAPACK's symmetric eigen-solver on ND4J, with scikit-learn's sign rule
 * ({@code svd_flip}), so components, explained variance and the projection match {@code sklearn.decomposition.PCA}.
 *
 * <p>May import: {@code core.data}, {@code core.math}, ND4J.
 */
package io.latentlab.core.pca;
