package io.latentlab.ui.lab;

import io.latentlab.core.data.Matrix;

/** What a 2-D scatter plot shows of an embedding: its first two columns (a 1-D embedding is drawn on y = 0). */
final class PlotCoordinates {
    private PlotCoordinates() {}

    static Matrix firstTwo(Matrix m) {
        if (m.cols() == 2) {
            return m;
        }
        double[] out = new double[m.rows() * 2];
        for (int i = 0; i < m.rows(); i++) {
            out[2 * i] = m.get(i, 0);
            out[2 * i + 1] = m.cols() > 1 ? m.get(i, 1) : 0.0;
        }
        return new Matrix(m.rows(), 2, out);
    }

    /** Columns {@code x} and {@code y} of {@code m} (a pairwise view of a wider latent, e.g. z1–z3). */
    static Matrix columns(Matrix m, int x, int y) {
        if (x == 0 && y == 1) {
            return firstTwo(m);
        }
        double[] out = new double[m.rows() * 2];
        for (int i = 0; i < m.rows(); i++) {
            out[2 * i] = m.get(i, x);
            out[2 * i + 1] = m.get(i, y);
        }
        return new Matrix(m.rows(), 2, out);
    }
}
