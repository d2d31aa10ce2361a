package io.latentlab.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.latentlab.core.data.Matrix;
import org.junit.jupiter.api.Test;

/** The grey scale of decoded pictures: paper and full ink from the bulk of the test values, not a stray one. */
class FrameRangeTest {

    @Test
    void aFewScaledOutliersDoNotWashThePicturesOut() {
        // Like min-max scaled Fashion-MNIST: half paper, the rest up to full ink, and a pixel rarely inked in
        // the training rows at 1.83 in one test row.
        double[] v = new double[100_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 2 == 0 ? 0 : (i % 1000) / 999.0;
        }
        v[12_345] = 1.83;
        assertArrayEquals(new double[] {0, 1}, Frame.range(new Matrix(1000, 100, v)), 1e-3);
    }

    @Test
    void theSampleSeesEveryColumnWhateverTheRowCount() {
        // 7,200 pictures of 28 x 28: a stride of 28 through them would land on the left edge (paper) only.
        int rows = 7200;
        int cols = 784;
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 28 == 0 ? 0.3 * ((i / 28) % 11) / 10 : (i % 97) / 96.0; // the edge: pale, 0 to 0.3
        }
        double[] range = Frame.range(new Matrix(rows, cols, v));
        assertArrayEquals(new double[] {0, 1}, range, 1e-9);
    }

    @Test
    void constantOrEmptyValuesStillGiveARange() {
        assertArrayEquals(new double[] {0, 1}, Frame.range(new Matrix(2, 2, new double[] {3, 3, 3, 3})));
        assertArrayEquals(new double[] {3, 5}, Frame.range(new Matrix(1, 2000, constantBut(2000, 3, 5))));
    }

    private static double[] constantBut(int n, double value, double one) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        v[7] = one;
        return v;
    }
}
