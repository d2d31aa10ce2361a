/**
 * Reading data files: CSV/TSV (optionally gzipped), NumPy {@code .npy}, label files and the bundled digits. Every
 * problem is a {@link io.latentlab.core.data.io.DataFormatException} naming the file, line and column.
 *
 * <p>May import: {@code core.data}, the JDK.
 */
package io.latentlab.core.data.io;
