package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;

/**
 * Data rows kept on the Java heap in the training precision, so that gathering a shuffled batch is one bulk copy per
 * row. Exactly one of {@link #f} / {@link #d} is set; the float64 form shares the matrix's array (never written).
 */
final class HostRows {

    final int rows;
    final int cols;
    final float[] f;
    final double[] d;

    HostRows(Matrix m, Precision precision) {
        this.rows = m.rows();
        this.cols = m.cols();
        if (precision == Precision.FLOAT32) {
            double[] src = m.data();
            f = new float[src.length];
            for (int i = 0; i < src.length; i++) {
                f[i] = (float) src[i];
            }
            d = null;
        } else {
            f = null;
            d = m.data();
        }
    }

    /** Element {@code i} of the row-major data, as stored (float32 values widen exactly). */
    double get(int i) {
        return f != null ? f[i] : d[i];
    }
}
