/**
 * The PCA baseline: covariance (BLAS syrk) and LAPACK's symmetric eigen-solver (syevr) from the OpenBLAS that
 * comes with ND4J, with scikit-learn's sign rule
 * ({@code svd_flip}), so components, explained variance and the projection match {@code sklearn.decomposition.PCA}.
 *
 * <p>May import: {@code core.data}, {@code core.math}, {@code core.concurrent} (cancellation), ND4J and its OpenBLAS (JavaCPP).
 */
package io.latentlab.core.pca;
