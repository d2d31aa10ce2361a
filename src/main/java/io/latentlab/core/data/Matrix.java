package io.latentlab.core.data;

import java.util.Arrays;

/**
 * A dense row-major matrix of doubles. The core's common currency: cheap to hand to ND4J
 * ({@code Nd4j.create(data, rows, cols)}) and to draw from primitive arrays without boxing.
 * The array is owned by the matrix; callers must not mutate it after construction.
 */
public record Matrix(int rows, int cols, double[] data) {

    public Matrix {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("matrix shape must be non-negative, got " + rows + "x" + cols);
        }
        if (data == null || data.length != (long) rows * cols) {
            throw new IllegalArgumentException("matrix data length " + (data == null ? "null" : data.length)
                    + " does not match shape " + rows + "x" + cols);
        }
    }

    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
    }

    public static Matrix of(double[][] rowsArray) {
        int r = rowsArray.length;
        int c = r == 0 ? 0 : rowsArray[0].length;
        double[] d = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (rowsArray[i].length != c) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + rowsArray[i].length + " values, expected " + c);
            }
            System.arraycopy(rowsArray[i], 0, d, i * c, c);
        }
        return new Matrix(r, c, d);
    }

    public double get(int row, int col) {
        return data[row * cols + col];
    }

    public double[] row(int row) {
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    public double[] column(int col) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = data[i * cols + col];
        }
        return out;
    }

    /** The top-left {@code r x c} block (the first rows and columns). */
    public Matrix topLeft(int r, int c) {
        if (r > rows || c > cols || r < 0 || c < 0) {
            throw new IllegalArgumentException("a " + r + "x" + c + " block does not fit in " + rows + "x" + cols);
        }
        if (r == rows && c == cols) {
            return this;
        }
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(data, i * cols, out, i * c, c);
        }
        return new Matrix(r, c, out);
    }

    /** Per-column mean (summed row by row, as NumPy's {@code mean(axis=0)} does for C-order data). */
    public double[] columnMeans() {
        double[] mean = new double[cols];
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                mean[j] += data[base + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        return mean;
    }

    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = row(i);
        }
        return out;
    }

    /** The rows at the given indices, in that order. */
    public Matrix selectRows(int[] indices) {
        double[] d = new double[indices.length * cols];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(data, indices[i] * cols, d, i * cols, cols);
        }
        return new Matrix(indices.length, cols, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + "x" + cols + "]";
    }
}
