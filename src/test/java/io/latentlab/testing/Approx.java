package io.latentlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

/** Relative comparison with a floor so that values near zero are compared absolutely. */
public final class Approx {
    private Approx() {}

    public static void assertClose(double expected, double actual, double relTol, String what) {
        double scale = Math.max(1.0, Math.abs(expected));
        if (!(Math.abs(expected - actual) <= relTol * scale)) {
            fail(what + ": expected " + expected + " but got " + actual + " (diff " + Math.abs(expected - actual)
                    + ")");
        }
    }

    public static void assertClose(double[] expected, double[] actual, double relTol, String what) {
        if (expected.length != actual.length) {
            fail(what + ": expected " + expected.length + " values, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], relTol, what + "[" + i + "]");
        }
    }
}
