package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.math.Nd4jRuntime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bit-wise ReLU mask against the plain sign test it replaces, special values included. */
class KernelsTest {

    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        Double.NaN,
        -Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Float.MIN_VALUE,
        -Float.MIN_VALUE,
        Float.MAX_VALUE,
        1.0,
        -1.0,
        1e-40, // a float32 subnormal
        Double.longBitsToDouble(0x7ff0000000000001L), // the smallest NaN's bits
        Double.longBitsToDouble(0xfff8000000000001L)
    };

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void maskEqualsTheSignTestToTheBit(Precision precision) {
        // Lengths around the block size, so that full blocks, a short last block and a single element all run.
        for (int n : new int[] {1, 17, 1024, 1025, 3000}) {
            double[] x = values(n, 11 + n);
            double[] y = values(n, 23 + n);
            Kernels kernels = Kernels.of(precision);

            NativeArray xs = array(precision, x);
            NativeArray ys = array(precision, y);
            kernels.zeroWhereNotPositive(xs, ys, n);
            NativeArray inPlace = array(precision, x);
            kernels.zeroWhereNotPositive(inPlace, inPlace, n);

            NativeArray rounded = array(precision, x);
            NativeArray roundedY = array(precision, y);
            for (int i = 0; i < n; i++) {
                double xi = rounded.get(i);
                double expectedY = xi > 0 ? roundedY.get(i) : 0.0;
                double expectedRelu = xi > 0 ? xi : 0.0;
                assertBits(expectedY, ys.get(i), precision, "mask at " + i + " of " + n + ", x = " + xi);
                assertBits(expectedRelu, inPlace.get(i), precision, "relu at " + i + " of " + n + ", x = " + xi);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void maskOfRandomBitPatterns(Precision precision) {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            if (precision == Precision.FLOAT32) {
                int bits = random.nextInt();
                boolean positive = Float.intBitsToFloat(bits) > 0f;
                assertEquals(positive ? -1 : 0, ReluMask.positiveMask(bits), () -> Integer.toHexString(bits));
            } else {
                long bits = random.nextLong();
                boolean positive = Double.longBitsToDouble(bits) > 0;
                assertEquals(positive ? -1L : 0L, ReluMask.positiveMask(bits), () -> Long.toHexString(bits));
            }
        }
    }

    private static void assertBits(double expected, double actual, Precision precision, String what) {
        if (precision == Precision.FLOAT32) {
            assertEquals(Float.floatToRawIntBits((float) expected), Float.floatToRawIntBits((float) actual), what);
        } else {
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what);
        }
    }

    private static NativeArray array(Precision precision, double[] values) {
        NativeArray a = new NativeArray(precision, values.length);
        a.write(values, 0, 0, values.length);
        return a;
    }

    /** Special values first, then random signs and magnitudes. */
    private static double[] values(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i < SPECIAL.length ? SPECIAL[(int) ((i + seed) % SPECIAL.length)] : random.nextGaussian();
        }
        return v;
    }
}
