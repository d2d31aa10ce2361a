package io.latentlab.ui.plot;

/** A data range on one axis, linear or log10, mapped to the unit interval. */
record AxisScale(double lo, double hi, boolean log) {

    AxisScale {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("axis range must have hi > lo, got [" + lo + ", " + hi + "]");
        }
        if (log && !(lo > 0)) {
            throw new IllegalArgumentException("log axis needs a positive range, got [" + lo + ", " + hi + "]");
        }
    }

    static AxisScale linear(double lo, double hi) {
        return new AxisScale(lo, hi, false);
    }

    /**
     * Linear range around the data range [lo, hi] with {@code margin} (a fraction of its span) added on each side;
     * a single value (or a span lost in rounding) gets a range around it so it is not drawn on the frame edge.
     */
    static AxisScale padded(double lo, double hi, double margin) {
        if (hi - lo <= Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12) {
            double half = lo == 0 ? 0.5 : Math.abs(lo) * 0.1;
            return linear(lo - half, hi + half);
        }
        double pad = (hi - lo) * margin;
        return linear(lo - pad, hi + pad);
    }

    /** Position of v in the range as 0..1 (outside for values out of range); NaN for v <= 0 on a log axis. */
    double fraction(double v) {
        if (log) {
            return v > 0 ? Math.log10(v / lo) / Math.log10(hi / lo) : Double.NaN;
        }
        return (v - lo) / (hi - lo);
    }

    double valueAt(double fraction) {
        if (log) {
            return lo * Math.pow(hi / lo, fraction);
        }
        return lo + fraction * (hi - lo);
    }

    Ticks ticks(int maxTicks, double minStep) {
        return log ? Ticks.log10(lo, hi, maxTicks) : Ticks.linear(lo, hi, maxTicks, minStep);
    }
}
