package io.latentlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Last-bit comparison. NumPy's normal draws call the C library's {@code log}; Java's {@code Math.log} can differ
 * from it in the last bit (we saw it once in about 2000 draws), so generated data is compared bit for bit with at
 * most that many values one ulp away.
 */
public final class Ulps {
    private Ulps() {}

    public static void assertNearlyBitwise(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        int offByOneUlp = 0;
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) == Double.doubleToLongBits(actual[i])) {
                continue;
            }
            assertTrue(
                    Math.abs(expected[i] - actual[i]) <= Math.ulp(expected[i]),
                    what + "[" + i + "]: expected " + expected[i] + " but got " + actual[i]);
            offByOneUlp++;
        }
        assertTrue(
                offByOneUlp <= 1 + expected.length / 1000,
                what + ": " + offByOneUlp + " of " + expected.length + " values differ in the last bit");
    }
}
