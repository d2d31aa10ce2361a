package io.latentlab.ui.plot;

import java.util.Arrays;
import java.util.Locale;

/** Tick positions with their labels. Pure arithmetic (no JavaFX), so it is easy to test. */
record Ticks(double[] values, String[] labels) {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    static final Ticks NONE = new Ticks(new double[0], new String[0]);

    int size() {
        return values.length;
    }

    /**
     * "Nice" linear ticks inside [lo, hi]: steps of 1, 2, 2.5 or 5 times a power of ten, at most {@code maxTicks}
     * (at least 2 are wanted, so short axes still get a scale).
     */
    static Ticks linear(double lo, double hi, int maxTicks) {
        return linear(lo, hi, maxTicks, 0);
    }

    /** As {@link #linear(double, double, int)}, but no step smaller than {@code minStep} (1 for epochs). */
    static Ticks linear(double lo, double hi, int maxTicks, double minStep) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return NONE;
        }
        int target = Math.max(2, maxTicks);
        double step = niceStep((hi - lo) / target);
        if (step < minStep) {
            step = minStep;
        }
        if (minStep >= 1 && step != Math.rint(step)) {
            step = Math.ceil(step); // whole steps on a whole-number axis: epochs 2, 4, 6, never 2.5, 5.0, 7.5
        }
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        int n = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] values = new double[n];
        String[] labels = new String[n];
        int decimals = decimalsFor(step);
        boolean scientific = useScientific(lo, hi, step);
        for (int i = 0; i < n; i++) {
            double v = (first + i) * step; // multiply, not accumulate, so 0.1 + 0.2 never shows as 0.30000000000000004
            if (Math.abs(v) < step * 1e-9) {
                v = 0.0;
            }
            values[i] = v;
            labels[i] = scientific ? formatScientific(v) : String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        return new Ticks(values, labels);
    }

    /**
     * Log-scale ticks for a positive range: powers of ten labelled 10ᵏ; when the range spans less than two decades
     * the 2x and 5x (or all) multiples are added so there is still something to read.
     */
    static Ticks log10(double lo, double hi, int maxTicks) {
        if (!(hi > lo) || !(lo > 0) || !Double.isFinite(hi)) {
            return NONE;
        }
        int kLo = (int) Math.floor(Math.log10(lo) + 1e-9);
        int kHi = (int) Math.ceil(Math.log10(hi) - 1e-9);
        // Powers of ten inside the range; thinned to every 2nd, 3rd... when there are more than fit.
        int kFirst = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int kLast = (int) Math.floor(Math.log10(hi) + 1e-9);
        int powers = kLast - kFirst + 1;
        if (powers >= 3) {
            int stride = Math.max(1, (int) Math.ceil(powers / (double) Math.max(2, maxTicks)));
            double[] values = new double[powers];
            String[] labels = new String[powers];
            int n = 0;
            for (int k = kFirst; k <= kLast; k++) {
                if (Math.floorMod(k, stride) == 0) {
                    values[n] = Math.pow(10, k);
                    labels[n] = powerOfTen(k);
                    n++;
                }
            }
            if (n >= 2) {
                return new Ticks(Arrays.copyOf(values, n), Arrays.copyOf(labels, n));
            }
        }
        Ticks some = multiples(lo, hi, kLo, kHi, new int[] {1, 2, 5});
        if (some.size() >= 2) {
            return some;
        }
        some = multiples(lo, hi, kLo, kHi, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        // A range inside one digit step (0.031 .. 0.034) has too few log ticks: fall back to linear labels.
        return some.size() >= 2 ? some : linear(lo, hi, maxTicks);
    }

    /**
     * The multiples in range, all labelled alike: plain decimals (0.002, 0.005, 0.01, 0.02) when every one is short
     * written so, else powers of ten (2×10⁻⁶, 5×10⁻⁶, 10⁻⁵). A "10⁻²" among "0.005" and "0.02" reads as another kind
     * of tick.
     */
    private static Ticks multiples(double lo, double hi, int kLo, int kHi, int[] mantissas) {
        int cap = (kHi - kLo + 1) * mantissas.length;
        double[] values = new double[cap];
        int[] mantissa = new int[cap];
        int[] exponent = new int[cap];
        int n = 0;
        boolean plain = true;
        for (int k = kLo; k <= kHi; k++) {
            for (int m : mantissas) {
                double v = m * Math.pow(10, k);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    values[n] = v;
                    mantissa[n] = m;
                    exponent[n] = k;
                    plain &= k >= -4 && k <= 5;
                    n++;
                }
            }
        }
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            int m = mantissa[i];
            int k = exponent[i];
            labels[i] = plain
                    ? String.format(Locale.ROOT, "%." + Math.max(0, -k) + "f", m * Math.pow(10, k))
                    : m == 1 ? powerOfTen(k) : m + "×" + powerOfTen(k);
        }
        return new Ticks(Arrays.copyOf(values, n), labels);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, the smallest such value >= rough. */
    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1.0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double mantissa = rough / power;
        double nice;
        if (mantissa <= 1.0 + 1e-9) {
            nice = 1;
        } else if (mantissa <= 2.0 + 1e-9) {
            nice = 2;
        } else if (mantissa <= 2.5 + 1e-9) {
            nice = 2.5;
        } else if (mantissa <= 5.0 + 1e-9) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * power;
    }

    static String powerOfTen(int k) {
        StringBuilder sb = new StringBuilder("10");
        String digits = Integer.toString(Math.abs(k));
        if (k < 0) {
            sb.append('⁻');
        }
        for (int i = 0; i < digits.length(); i++) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(digits.charAt(i) - '0'));
        }
        return sb.toString();
    }

    private static int decimalsFor(double step) {
        // Enough decimals to tell neighbouring ticks apart (2.5 steps need one more than their power of ten).
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        double scaled = step * Math.pow(10, decimals);
        if (Math.abs(scaled - Math.rint(scaled)) > 1e-6) {
            decimals++;
        }
        return Math.min(decimals, 12);
    }

    private static boolean useScientific(double lo, double hi, double step) {
        double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
        return magnitude >= 1e7 || step < 1e-5;
    }

    private static String formatScientific(double v) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.3g", v);
        return s.contains("e") ? s.replaceAll("\\.?0+e", "e") : s;
    }

    /** Short general-purpose number form for tooltips and legends. */
    static String compact(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
