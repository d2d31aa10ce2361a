package io.latentlab.ui.explore;

import java.util.ArrayList;
import java.util.List;

/** The two latent units a 2-D view shows, e.g. z1–z3 of a bottleneck of 3 (0-based indices). */
public record UnitPair(int x, int y) {

    public static final UnitPair FIRST = new UnitPair(0, 1);

    public UnitPair {
        if (x < 0 || y < 0 || x == y) {
            throw new IllegalArgumentException("a pair needs two different units, got " + x + " and " + y);
        }
    }

    /** Every pair of a code {@code width} units wide, in order (z1–z2, z1–z3, z2–z3); just z1–z2 below 3. */
    public static List<UnitPair> of(int width) {
        List<UnitPair> out = new ArrayList<>();
        for (int a = 0; a < width; a++) {
            for (int b = a + 1; b < width; b++) {
                out.add(new UnitPair(a, b));
            }
        }
        return out.isEmpty() ? List.of(FIRST) : out;
    }

    /** Whether both units exist in a code of {@code width} (a 1-D code is shown as z1 on the x axis only). */
    boolean fits(int width) {
        return y < Math.max(2, width);
    }

    public String xName() {
        return "z" + (x + 1);
    }

    public String yName() {
        return "z" + (y + 1);
    }

    @Override
    public String toString() {
        return xName() + "–" + yName();
    }
}
