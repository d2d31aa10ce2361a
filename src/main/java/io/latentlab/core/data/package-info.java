/**
 * Rows and their preparation: {@link io.latentlab.core.data.Matrix} (row-major doubles),
 * {@link io.latentlab.core.data.Dataset} (rows, labels, class names, and an {@link io.latentlab.core.data.ImageShape}
 * when the rows are images), scikit-learn's {@code make_blobs} and
 * {@code train_test_split} on a bit-for-bit port of NumPy's legacy {@code RandomState}, and the scalers.
 *
 * <p>May import: the JDK only.
 */
package io.latentlab.core.data;
