package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.data.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chunked, two-part BLAS forward pass gives what a plain row-by-row loop gives, to rounding; and a row always
 * gives the same bits, alone or among others, from the same model or one rebuilt from its weights.
 */
class TrainedAutoencoderForwardTest {

    private static final List<Integer> SIZES = List.of(37, 23, 3, 19, 37);
    private static final List<Activation> ACTS =
            List.of(Activation.RELU, Activation.LINEAR, Activation.TANH, Activation.SIGMOID);

    private static TrainedAutoencoder model(List<double[]> w, List<double[]> b) {
        Random random = new Random(3);
        for (int l = 0; l < ACTS.size(); l++) {
            double[] wl = new double[SIZES.get(l) * SIZES.get(l + 1)];
            double[] bl = new double[SIZES.get(l + 1)];
            for (int i = 0; i < wl.length; i++) {
                wl[i] = random.nextGaussian() * 0.3;
            }
            for (int i = 0; i < bl.length; i++) {
                bl[i] = random.nextGaussian() * 0.1;
            }
            w.add(wl);
            b.add(bl);
        }
        return new TrainedAutoencoder(new Architecture(SIZES, ACTS, 2), w, b);
    }

    /** The definition: one row at a time, inputs in order. */
    private static double[] plainForward(double[] x, int rows, List<double[]> w, List<double[]> b, int from, int to) {
        double[] cur = x;
        for (int l = from; l < to; l++) {
            int in = SIZES.get(l);
            int out = SIZES.get(l + 1);
            double[] next = new double[rows * out];
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < out; j++) {
                    double s = 0;
                    for (int i = 0; i < in; i++) {
                        double v = cur[r * in + i];
                        if (v != 0) {
                            s += v * w.get(l)[i * out + j];
                        }
                    }
                    next[r * out + j] = ACTS.get(l).apply(s + b.get(l)[j]);
                }
            }
            cur = next;
        }
        return cur;
    }

    /** Equal to rounding: each value within 1e-12 of the loop's, relative to the layer's scale (about 1). */
    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), "value " + i);
        }
    }

    @Test
    void manyRowsGiveThePlainLoopsResult() {
        List<double[]> w = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        TrainedAutoencoder m = model(w, b);
        int rows = 5_001; // two parts of more than one chunk each; not a multiple of the tile, the chunk or two
        Random random = new Random(8);
        double[] x = new double[rows * 37];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble() < 0.2 ? 0 : random.nextGaussian();
        }
        Matrix input = new Matrix(rows, 37, x);
        assertClose(plainForward(x, rows, w, b, 0, 2), m.encode(input).data());
        assertClose(plainForward(x, rows, w, b, 0, 4), m.reconstruct(input).data());
        Matrix z = m.encode(input);
        assertClose(plainForward(z.data(), rows, w, b, 2, 4), m.decode(z).data());
        // A row gives the same bits alone, among a few (one part, one short chunk) and among many.
        double[] all = m.reconstruct(input).data();
        Matrix three = input.topLeft(3, 37);
        assertArrayEquals(
                java.util.Arrays.copyOf(all, 3 * 37), m.reconstruct(three).data(), 0.0);
        for (int row : new int[] {0, 1, 1023, 1024, 2500, rows - 1}) {
            Matrix one = new Matrix(1, 37, java.util.Arrays.copyOfRange(x, row * 37, (row + 1) * 37));
            assertArrayEquals(
                    java.util.Arrays.copyOfRange(all, row * 37, (row + 1) * 37),
                    m.reconstruct(one).data(),
                    0.0);
        }
        assertEquals(rows, m.encode(input).rows());
        // Determinism: the same rows again, and a model rebuilt from the same weights, give the same bits.
        assertArrayEquals(m.reconstruct(input).data(), m.reconstruct(input).data(), 0.0);
        assertArrayEquals(
                m.reconstruct(input).data(),
                model(new ArrayList<>(), new ArrayList<>()).reconstruct(input).data(),
                0.0);
    }
}
