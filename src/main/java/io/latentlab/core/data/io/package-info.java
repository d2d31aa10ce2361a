/**
 * Reading data files: CSV/TSV (optionally gzipped), NumPy {@code .npy}, IDX (the MNIST format, optionally gzipped),
 * label files, and the bundled data sets (digits, Fashion-MNIST). Every problem is a
 * {@link io.latentlab.core.data.io.DataFormatException} naming the file, line and column (when they apply).
 *
 * <p>May import: {@code core.data}, {@code core.io} (SafeInput: how user files are opened), the JDK.
 */
package io.latentlab.core.data.io;
