package io.latentlab.core.explore;

import io.latentlab.core.data.Matrix;

/** The straight line between two codes in k evenly spaced steps, both ends included. */
public final class Interpolation {

    public static final int MIN_STEPS = 2;
    public static final int MAX_STEPS = 30;

    private Interpolation() {}

    public static Matrix codes(double[] from, double[] to, int steps) {
        if (from.length != to.length) {
            throw new IllegalArgumentException(
                    "both ends need the same width, got " + from.length + " and " + to.length);
        }
        if (steps < MIN_STEPS || steps > MAX_STEPS) {
            throw new IllegalArgumentException(
                    "steps must be between " + MIN_STEPS + " and " + MAX_STEPS + ", got " + steps);
        }
        int k = from.length;
        double[] out = new double[steps * k];
        for (int s = 0; s < steps; s++) {
            double t = (double) s / (steps - 1);
            for (int c = 0; c < k; c++) {
                // The ends exactly, not from + (to - from) * 1, which can miss `to` by an ulp.
                out[s * k + c] = s == steps - 1 ? to[c] : from[c] + (to[c] - from[c]) * t;
            }
        }
        return new Matrix(steps, k, out);
    }

    /** The decoded steps, one row each. */
    public static Matrix decode(LatentMap map, double[] from, double[] to, int steps) {
        return map.decode(codes(from, to, steps));
    }
}
